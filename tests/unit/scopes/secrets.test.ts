/** No secret leaves the engine in a scope report, whatever the server or the browser repeats. */
import { checkScopes } from '../../../lib/scopes/check';
import { scopeReportJson } from '../../../lib/report/scope-json';
import { scopeReportMarkdown } from '../../../lib/report/scope-markdown';
import { ECHO_CASES, echoDeps, echoTransport, firefoxHeadersError, type EchoMode } from '../probe/echo-world';
import { findSecrets } from '../secret-scan';

const MODES: EchoMode[] = ['json-401', 'text-401', 'html-403', 'redirect', 'ok-json'];

describe('checkScopes: a server that echoes the request', () => {
  it.each(
    ECHO_CASES.flatMap(([kind, profile, credential]) =>
      MODES.map((mode) => [kind, mode, profile, credential] as const),
    ),
  )(
    '%s, %s: the report, its JSON and its Markdown hold no form of the secret',
    async (_kind, mode, profile, credential) => {
      const report = await checkScopes(profile, echoDeps(echoTransport(mode)));
      for (const text of [JSON.stringify(report), JSON.stringify(scopeReportJson(report)), scopeReportMarkdown(report)])
        expect(findSecrets(text, credential)).toEqual([]);
    },
  );

  it.each(ECHO_CASES)('%s: a fetch error that repeats the header is not stored', async (_kind, profile, credential) => {
    const report = await checkScopes(profile, echoDeps(firefoxHeadersError));
    expect(findSecrets(JSON.stringify(report), credential)).toEqual([]);
  });
});
