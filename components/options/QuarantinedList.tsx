import { useState } from 'react';
import type { QuarantinedRecord } from '@/lib/store/types';
import { CopyButton } from '../CopyButton';
import { useAppStore } from '../store-context';

/** One unreadable record: why, and what the user can do (copy it without secrets, delete it). */
function QuarantinedItem({ record }: { record: QuarantinedRecord }) {
  const deleteQuarantined = useAppStore((s) => s.deleteQuarantined);
  const quarantinedJson = useAppStore((s) => s.quarantinedJson);
  const [json, setJson] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();

  return (
    <li className="quarantined" data-quarantined-key={record.key}>
      <p>This saved record could not be read: {record.reason}.</p>
      <p className="muted">
        Storage key <code>{record.key}</code>. It is kept as it is; the other profiles are not affected.
      </p>
      <div className="row">
        <button
          type="button"
          className="button-small"
          onClick={() => void quarantinedJson(record.key).then(setJson, (e: unknown) => setError(String(e)))}
        >
          Show raw JSON (secrets removed)
        </button>
        {!confirming ? (
          <button type="button" className="button-small button-danger-outline" onClick={() => setConfirming(true)}>
            Delete this record
          </button>
        ) : (
          <span role="group" aria-label="Confirm deletion" className="confirm">
            <span>Delete it for good?</span>
            <button
              type="button"
              className="button-small button-danger"
              onClick={() =>
                void deleteQuarantined(record.key).catch((e: unknown) =>
                  setError(e instanceof Error ? e.message : String(e)),
                )
              }
            >
              Yes, delete the record
            </button>
            <button type="button" className="button-small" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        )}
      </div>
      {json !== undefined && (
        <>
          <pre className="code" data-raw-json>
            {json}
          </pre>
          <CopyButton text={json} what="raw JSON (secrets removed)" />
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </li>
  );
}

/**
 * Stored records that could not be read. They stay in storage untouched and are shown here, so
 * that a bad record is never silently dropped; the user decides what happens to them.
 */
export function QuarantinedList() {
  const quarantined = useAppStore((s) => s.quarantined);
  if (quarantined.length === 0) return null;
  return (
    <section className="quarantine" aria-labelledby="quarantine-heading">
      <h2 id="quarantine-heading">Records that could not be read</h2>
      <ul>
        {quarantined.map((record) => (
          <QuarantinedItem key={record.key} record={record} />
        ))}
      </ul>
    </section>
  );
}
