/** Hand-made observations for the per-kind classify tables. */
import type { Observation, ProbeId, ProbeRequest } from '../../../lib/model/report';

export const JSON_TYPE = { 'content-type': 'application/json;charset=UTF-8' };

export function obs(
  id: ProbeId,
  status: number | null,
  body: unknown = '',
  headers: Record<string, string> = {},
  extra: Partial<Observation> & { auth?: ProbeRequest['auth'] } = {},
): Observation {
  const { auth = 'bearer', ...rest } = extra;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    probe: { id, url: `https://example/${id}`, auth, display: `GET ${id}` },
    status,
    headers: Object.fromEntries(
      Object.entries(typeof body === 'string' ? headers : { ...JSON_TYPE, ...headers }).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    ),
    body: text,
    bodyTruncated: false,
    durationMs: 5,
    attempts: 1,
    ...rest,
  };
}

export function failed(id: ProbeId, kind: 'timeout' | 'network' | 'blocked-by-policy'): Observation {
  return { ...obs(id, null), error: { kind, message: `${kind} happened` } };
}

/** A JWT with the given claims (the signature is not checked locally). */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${'s'.repeat(43)}`;
}
