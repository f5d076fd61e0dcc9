/** Wiring shared by the form's fields: ids, descriptions, invalid state. */
import type { Finding } from '@/lib/model/report';

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

export function hasError(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
