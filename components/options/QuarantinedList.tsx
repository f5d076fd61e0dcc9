import { useAppStore } from '../store-context';

/**
 * Stored records that could not be read. They stay in storage untouched and are shown here, so
 * that a bad record is never silently dropped (style.md §6).
 */
export function QuarantinedList() {
  const quarantined = useAppStore((s) => s.quarantined);
  if (quarantined.length === 0) return null;
  return (
    <section className="quarantine" aria-labelledby="quarantine-heading">
      <h2 id="quarantine-heading">Records that could not be read</h2>
      <ul>
        {quarantined.map((record) => (
          <li key={record.key} className="quarantined" data-quarantined-key={record.key}>
            <p>This saved record could not be read: {record.reason}.</p>
            <p className="muted">
              Storage key <code>{record.key}</code>. It is kept as it is; the other profiles are not affected.
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
