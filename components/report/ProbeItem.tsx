import type { Observation } from '@/lib/model/report';
import { formatDuration } from '../format';
import { probeStatusAttribute, probeStatusText } from './probe-status';

/** One request the engine sent and what came back (`data-probe`, `data-status`: UI contract). */
export function ProbeItem({ observation }: { observation: Observation }) {
  const headers = Object.entries(observation.headers);
  return (
    <li className="probe" data-probe={observation.probe.id} data-status={probeStatusAttribute(observation)}>
      <details>
        <summary>
          <code className="probe-line">{observation.probe.display}</code>
          <span className="probe-result">
            {probeStatusText(observation)} · {formatDuration(observation.durationMs)}
          </span>
        </summary>
        <dl className="facts">
          <dt>Probe</dt>
          <dd>{observation.probe.id}</dd>
          <dt>Credential sent</dt>
          <dd>
            {observation.probe.auth === 'none'
              ? 'None'
              : observation.probe.auth === 'basic'
                ? 'Basic (email and token)'
                : 'Bearer'}
          </dd>
          <dt>Result</dt>
          <dd>{probeStatusText(observation)}</dd>
          {observation.error && (
            <>
              <dt>Error</dt>
              <dd>{observation.error.message}</dd>
            </>
          )}
          <dt>Duration</dt>
          <dd>
            {formatDuration(observation.durationMs)}
            {observation.attempts > 1 ? ` (${observation.attempts} attempts)` : ''}
          </dd>
          {observation.redirectedTo && (
            <>
              <dt>Redirected to</dt>
              <dd>
                <code>{observation.redirectedTo}</code>
              </dd>
            </>
          )}
        </dl>
        {headers.length > 0 && (
          <table className="headers">
            <caption>Response headers that mattered</caption>
            <tbody>
              {headers.map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>
                    <code>{value}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {observation.body !== '' && (
          <details className="probe-body">
            <summary>Response body{observation.bodyTruncated ? ' (beginning only)' : ''}</summary>
            <pre>
              <code>{observation.body}</code>
            </pre>
          </details>
        )}
      </details>
    </li>
  );
}
