import type { ReadNote } from '@/lib/requests/read/request';

/** What could not be read, or was read with a caveat. */
export function ReadNotes({ notes }: { notes: ReadNote[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="read-notes">
      <h3>What Token Doctor could not read</h3>
      <ul>
        {notes.map((note, i) => (
          <li key={i}>{note.text}</li>
        ))}
      </ul>
    </div>
  );
}
