/** Writes a corrected request as raw HTTP/1.1, or as header lines when only headers were pasted. */
import { encodeBase64Utf8 } from '../read/base64';
import type { CorrectedRequest } from './corrected';
import { placeholderOf, splitSecrets } from './placeholders';

function authorizationLine(request: CorrectedRequest, reveal: boolean): string | undefined {
  const auth = request.auth;
  if (auth?.kind === 'basic') {
    return `Authorization: Basic ${reveal && auth.token !== undefined ? encodeBase64Utf8(`${auth.email}:${auth.token}`) : `<base64 of ${auth.email}:${placeholderOf('http', 'basic', auth)}>`}`;
  }
  if (auth?.kind === 'bearer')
    return `Authorization: ${auth.scheme ?? 'Bearer'} ${reveal && auth.token !== undefined ? auth.token : placeholderOf('http', 'bearer', auth)}`;
  return undefined;
}

export function buildHttp(request: CorrectedRequest, reveal: boolean): string {
  const lines: string[] = [];
  if (request.url !== undefined) {
    let target = request.url;
    let host = '';
    try {
      const url = new URL(request.url);
      target = `${url.pathname}${url.search}`;
      host = url.host;
    } catch {
      // Not a URL (a placeholder): write it as the target.
    }
    lines.push(`${request.method} ${target} HTTP/1.1`);
    if (host) lines.push(`Host: ${host}`);
  }
  const auth = authorizationLine(request, reveal);
  if (auth) lines.push(auth);
  for (const header of request.headers)
    if (header.name.toLowerCase() !== 'host') lines.push(`${header.name}: ${header.value}`);
  if (request.body && request.url !== undefined) lines.push('', request.body.value);
  const text = lines.join('\n');
  if (reveal || !request.secrets?.length) return text;
  return splitSecrets(text, request.secrets)
    .map((p) => ('text' in p ? p.text : `<${p.variable}>`))
    .join('');
}
