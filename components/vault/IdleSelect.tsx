import { useId } from 'react';

const IDLE_CHOICES: { minutes: number; label: string }[] = [
  { minutes: 5, label: '5 minutes' },
  { minutes: 15, label: '15 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: 240, label: '4 hours' },
  { minutes: 0, label: 'Only when I lock it or close the browser' },
];

/** "Lock again after": how long the unlocked key may go unused. */
export function IdleSelect({ value, onChange }: { value: number; onChange: (minutes: number) => void }) {
  const id = useId();
  const known = IDLE_CHOICES.some((c) => c.minutes === value);
  return (
    <div className="field">
      <label htmlFor={id}>Lock again after</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {!known && <option value={value}>{value} minutes</option>}
        {IDLE_CHOICES.map((c) => (
          <option key={c.minutes} value={c.minutes}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
