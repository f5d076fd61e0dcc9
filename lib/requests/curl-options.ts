/**
 * curl's options that matter for reading a request, from `curl --help all` (curl 8): which take
 * an argument, and their short forms. Options not listed are kept as flags when they start with
 * `--`, so an unknown switch never swallows the URL.
 */
export const CURL_LONG_WITH_ARG = new Set([
  'header', 'request', 'user', 'data', 'data-raw', 'data-binary', 'data-ascii', 'data-urlencode', 'json', 'form',
  'form-string', 'url', 'user-agent', 'referer', 'cookie', 'cookie-jar', 'output', 'dump-header', 'write-out',
  'upload-file', 'proxy', 'max-time', 'connect-timeout', 'config', 'cert', 'cacert', 'key', 'range', 'retry',
  'oauth2-bearer', 'resolve', 'connect-to', 'proxy-user', 'variable', 'url-query', 'aws-sigv4', 'continue-at',
  'limit-rate', 'max-redirs', 'interface', 'trace', 'trace-ascii', 'stderr', 'capath', 'pass', 'output-dir',
  'retry-delay', 'retry-max-time', 'expect100-timeout', 'keepalive-time', 'speed-limit', 'speed-time', 'time-cond',
  'ciphers', 'proto', 'proto-redir', 'netrc-file', 'local-port', 'dns-servers', 'header-file',
]);

export const CURL_LONG_FLAGS = new Set([
  'location', 'verbose', 'silent', 'show-error', 'include', 'insecure', 'get', 'fail', 'fail-with-body', 'compressed',
  'http1.0', 'http1.1', 'http2', 'http3', 'globoff', 'head', 'basic', 'digest', 'ntlm', 'negotiate', 'anyauth',
  'location-trusted', 'no-progress-meter', 'remote-name', 'remote-header-name', 'netrc', 'netrc-optional', 'raw',
  'no-buffer', 'no-keepalive', 'tcp-nodelay', 'ssl-reqd', 'tlsv1.2', 'tlsv1.3', 'progress-bar', 'path-as-is',
  'post301', 'post302', 'post303', 'disable', 'ipv4', 'ipv6', 'list-only', 'styled-output', 'http0.9', 'parallel',
  'remote-name-all', 'create-dirs', 'retry-all-errors', 'retry-connrefused', 'no-sessionid', 'fail-early', 'help', 'manual',
]);

/** Short options that take an argument, and what they stand for. */
export const CURL_SHORT_WITH_ARG: Record<string, string> = {
  H: 'header', X: 'request', u: 'user', d: 'data', F: 'form', A: 'user-agent', e: 'referer', b: 'cookie',
  c: 'cookie-jar', o: 'output', D: 'dump-header', w: 'write-out', T: 'upload-file', x: 'proxy', m: 'max-time',
  K: 'config', E: 'cert', r: 'range', U: 'proxy-user', C: 'continue-at', Y: 'speed-limit', y: 'speed-time',
  z: 'time-cond', Q: 'quote', t: 'telnet-option', P: 'ftp-port',
};

export const CURL_SHORT_FLAGS: Record<string, string> = {
  v: 'verbose', s: 'silent', S: 'show-error', L: 'location', i: 'include', I: 'head', k: 'insecure', G: 'get',
  f: 'fail', g: 'globoff', N: 'no-buffer', '#': 'progress-bar', '0': 'http1.0', '4': 'ipv4', '6': 'ipv6',
  l: 'list-only', n: 'netrc', O: 'remote-name', R: 'remote-time', j: 'junk-session-cookies', J: 'remote-header-name',
  q: 'disable', B: 'use-ascii', a: 'append', p: 'proxytunnel', Z: 'parallel', h: 'help', V: 'version', M: 'manual',
};

export function isKnownLongOption(name: string): boolean {
  return CURL_LONG_WITH_ARG.has(name) || CURL_LONG_FLAGS.has(name);
}

/** The options that put a body on the request (and make curl's default method POST). */
export const BODY_OPTIONS = new Set(['data', 'data-raw', 'data-binary', 'data-ascii', 'data-urlencode', 'json', 'form', 'form-string']);
