/**
 * A pasted request whose token (or email) is a variable or a documentation placeholder: the
 * analysis names it, never fingerprints it nor runs the token's shape rules on it, still checks
 * everything else, and leaves the profile's secret empty for the user to give.
 */
import { describe, expect, it } from 'vitest';
import { analyseRequest } from '../../../../lib/requests/analyse';

const SITE = 'https://acme.atlassian.net/rest/api/3/myself';
const TOKEN = 'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789abcdefGHIJ=9F3C1A2B';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** Findings the engine raises from a token's shape: none applies to a variable's name. */
const SHAPE_CODES = [
  'TOKEN_LOOKS_LIKE_PASSWORD',
  'TOKEN_IS_JWT',
  'TOKEN_LOOKS_ENCODED',
  'SECRET_HAS_WHITESPACE',
  'TOKEN_WITHOUT_EMAIL',
  'BEARER_WITH_API_TOKEN',
];

function codes(text: string): string[] {
  return analyseRequest(text).findings.map((f) => f.code);
}

describe('a token written as a variable', () => {
  it.each([
    [`curl -u "ada@acme.com:$ATLASSIAN_API_TOKEN" ${SITE}`, '$ATLASSIAN_API_TOKEN', 'the shell variable'],
    [`curl --user "ada@acme.com:\${JIRA_TOKEN}" ${SITE}`, '${JIRA_TOKEN}', 'the shell variable'],
    [`curl -u ada@acme.com:$JIRA_TOKEN ${SITE}`, '$JIRA_TOKEN', 'the shell variable'],
    [`curl -u "ada@acme.com:%API_TOKEN%" ${SITE}`, '%API_TOKEN%', 'the Windows cmd variable'],
    [`curl -u "ada@acme.com:$(cat ~/.jira-token)" ${SITE}`, '$(cat ~/.jira-token)', 'the output of'],
  ])('%s: named, not fingerprinted, no shape rule, profile without its token', (text, variable, kind) => {
    const { facts, findings, verdict, corrected, secretSpans } = analyseRequest(text);
    const named = findings.find((f) => f.code === 'CREDENTIAL_FROM_VARIABLE');
    expect(named?.title).toBe(`The token is ${kind} ${variable}`);
    expect(named?.severity).toBe('info');
    expect(findings.map((f) => f.code)).not.toEqual(expect.arrayContaining([expect.stringMatching(/PLACEHOLDER/)]));
    for (const code of SHAPE_CODES) expect(findings.map((f) => f.code)).not.toContain(code);
    expect(verdict).toBe('ok');
    expect(facts.identity?.fingerprint).toBeUndefined();
    expect(facts.identity?.tokenStandIn?.text).toBe(variable);
    expect(facts.identity?.emailMasked).toBe('a…a@acme.com');
    expect(facts.profile).toEqual({
      kind: 'cloud-api-token',
      siteUrl: 'https://acme.atlassian.net',
      email: 'ada@acme.com',
      apiToken: '',
    });
    expect(facts.secretNeeded).toEqual({ text: variable, kind: 'variable' });
    // The name is no secret: it is not hidden, and the report says it as it is.
    expect(secretSpans).toEqual([]);
    expect(named?.explanation).toContain(variable);
    expect(named?.fix?.steps[0]).toContain('under "Use this credential"');
    expect(corrected?.revealed).toBe(corrected?.masked);
  });

  it('a Bearer variable: named, the header kept with the variable in the corrected command', () => {
    const { facts, findings, corrected } = analyseRequest(`curl -H "Authorization: Bearer \${TOKEN}" ${SITE}`);
    expect(findings.find((f) => f.code === 'CREDENTIAL_FROM_VARIABLE')?.title).toBe(
      'The token is the shell variable ${TOKEN}',
    );
    expect(facts.identity?.fingerprint).toBeUndefined();
    expect(corrected?.masked).toContain('-H "Authorization: Bearer $TOKEN"');
    expect(corrected?.revealed).toContain('-H "Authorization: Bearer $TOKEN"');
    // No field asks for a Bearer token's value on a Cloud site (no profile kind for it here): the fix says where to go.
    expect(facts.secretNeeded).toBeUndefined();
    expect(findings.find((f) => f.code === 'CREDENTIAL_FROM_VARIABLE')?.fix?.steps[0]).toBe(
      'To diagnose this credential, add it on the Profiles page with the value of ${TOKEN}.',
    );
  });

  it('PowerShell $env: in a Bearer header', () => {
    const { facts, findings, corrected } = analyseRequest(
      `Invoke-RestMethod -Uri ${SITE} -Headers @{Authorization = "Bearer $env:JIRA_TOKEN"}`,
    );
    expect(findings.find((f) => f.code === 'CREDENTIAL_FROM_VARIABLE')?.title).toBe(
      'The token is the PowerShell variable $env:JIRA_TOKEN',
    );
    expect(facts.identity?.fingerprint).toBeUndefined();
    expect(corrected?.masked).toContain('$env:JIRA_TOKEN');
  });

  it('everything else is still checked: the URL, the email, the scheme', () => {
    expect(
      codes(`curl -u "ada@acme.com:$ATLASSIAN_API_TOKEN" http://acme.atlassian.net/jira/rest/api/3/myself`),
    ).toEqual(expect.arrayContaining(['HTTP_NOT_HTTPS', 'URL_HAS_EXTRA_PATH', 'CREDENTIAL_FROM_VARIABLE']));
    expect(codes(`curl -u "ada:$ATLASSIAN_API_TOKEN" ${SITE}`)).toEqual(
      expect.arrayContaining(['EMAIL_NOT_AN_EMAIL', 'CREDENTIAL_FROM_VARIABLE']),
    );
    expect(codes(`curl -H "Authorization: ada@acme.com:$ATLASSIAN_API_TOKEN" ${SITE}`)).toEqual(
      expect.arrayContaining(['AUTH_SCHEME_MISSING', 'CREDENTIAL_FROM_VARIABLE']),
    );
    expect(codes(`curl -H "Authorization: Basic ada@acme.com:$ATLASSIAN_API_TOKEN" ${SITE}`)).toEqual(
      expect.arrayContaining(['BASIC_NOT_ENCODED', 'CREDENTIAL_FROM_VARIABLE']),
    );
  });

  it('the email as a variable too: both named, no profile to make', () => {
    const { facts, findings } = analyseRequest(`curl -u "$JIRA_USER:$JIRA_TOKEN" ${SITE}`);
    expect(findings.filter((f) => f.code === 'CREDENTIAL_FROM_VARIABLE').map((f) => f.title)).toEqual([
      'The email is the shell variable $JIRA_USER',
      'The token is the shell variable $JIRA_TOKEN',
    ]);
    expect(findings.map((f) => f.code)).not.toContain('EMAIL_NOT_AN_EMAIL');
    expect(facts.profile).toBeUndefined();
    expect(facts.profileUnavailable).toContain('$JIRA_USER');
  });

  it('a Data Center PAT as a Bearer variable: a profile for the server, its token to give', () => {
    const { facts, findings } = analyseRequest(
      'curl -H "Authorization: Bearer $JIRA_PAT" https://jira.example.com/rest/api/2/myself',
    );
    expect(facts.target.id).toBe('jira-dc');
    expect(findings.map((f) => f.code)).toContain('CREDENTIAL_FROM_VARIABLE');
    expect(facts.profile).toEqual({ kind: 'dc-pat', serverUrl: 'https://jira.example.com', pat: '' });
    expect(facts.secretNeeded?.text).toBe('$JIRA_PAT');
  });
});

describe('a base64 recipe around a variable', () => {
  it('echo -n "email:$VAR" | base64: the pair is read, the token named, the email checked', () => {
    const { facts, findings, corrected } = analyseRequest(
      `curl -H "Authorization: Basic $(echo -n "ada@acme.com:$ATLASSIAN_API_TOKEN" | base64 -w0)" ${SITE}`,
    );
    expect(facts.credential?.reading).toMatchObject({ stage: 'pair', email: 'ada@acme.com' });
    expect(findings.find((f) => f.code === 'CREDENTIAL_FROM_VARIABLE')?.title).toBe(
      'The token is the shell variable $ATLASSIAN_API_TOKEN',
    );
    expect(findings.map((f) => f.code)).not.toContain('BASE64_TRAILING_NEWLINE');
    expect(facts.identity?.fingerprint).toBeUndefined();
    expect(facts.profile).toMatchObject({ email: 'ada@acme.com', apiToken: '' });
    expect(corrected?.masked).toContain('-u "ada@acme.com:$ATLASSIAN_API_TOKEN"');
  });

  it('echo without -n still encodes a newline after the variable: BASE64_TRAILING_NEWLINE', () => {
    expect(
      codes(`curl -H "Authorization: Basic $(echo "ada@acme.com:$ATLASSIAN_API_TOKEN" | base64 -w0)" ${SITE}`),
    ).toEqual(expect.arrayContaining(['BASE64_TRAILING_NEWLINE', 'CREDENTIAL_FROM_VARIABLE']));
  });

  it("echo -n 'email:$VAR' in single quotes encodes the name", () => {
    expect(
      codes(`curl -H "Authorization: Basic $(echo -n 'ada@acme.com:$ATLASSIAN_API_TOKEN' | base64 -w0)" ${SITE}`),
    ).toContain('VARIABLE_SENT_AS_TEXT');
  });

  it('both the email and the token from variables, listed together by the recipe', () => {
    const found = analyseRequest(
      `curl -H "Authorization: Basic $(echo -n "$JIRA_USER:$JIRA_TOKEN" | base64 -w0)" ${SITE}`,
    );
    expect(found.findings.filter((f) => f.code === 'CREDENTIAL_FROM_VARIABLE')).toHaveLength(2);
    expect(found.facts.identity?.fingerprint).toBeUndefined();
  });
});

describe('a variable sent as its name', () => {
  it("'single quotes' keep the shell from expanding it: an error, and double quotes in the fix", () => {
    const { facts, findings, verdict, corrected } = analyseRequest(
      `curl -u 'ada@acme.com:$ATLASSIAN_API_TOKEN' ${SITE}`,
    );
    const sent = findings.find((f) => f.code === 'VARIABLE_SENT_AS_TEXT');
    expect(sent?.severity).toBe('error');
    expect(sent?.explanation).toContain("'single quotes'");
    expect(verdict).toBe('error');
    expect(findings.map((f) => f.code)).not.toContain('TOKEN_LOOKS_LIKE_PASSWORD');
    expect(facts.identity?.fingerprint).toBeUndefined();
    expect(facts.profile).toMatchObject({ apiToken: '' });
    expect(corrected?.masked).toContain('-u "ada@acme.com:$ATLASSIAN_API_TOKEN"');
    expect(corrected?.request.changes).toContain(
      '$ATLASSIAN_API_TOKEN in double quotes, so that the shell puts its value in.',
    );
  });

  it('a Basic value that decodes to email:$VAR: the name was encoded', () => {
    const text = `curl -H "Authorization: Basic ${b64('ada@acme.com:$ATLASSIAN_API_TOKEN')}" ${SITE}`;
    const { facts, findings, corrected } = analyseRequest(text);
    const sent = findings.find((f) => f.code === 'VARIABLE_SENT_AS_TEXT');
    expect(sent?.explanation).toContain('decodes to an email and "$ATLASSIAN_API_TOKEN"');
    expect(sent?.fix?.curl).toContain('-u "you@example.com:$ATLASSIAN_API_TOKEN"');
    expect(facts.identity?.fingerprint).toBeUndefined();
    expect(facts.profile).toMatchObject({ email: 'ada@acme.com', apiToken: '' });
    expect(corrected?.masked).toContain('-u "ada@acme.com:$ATLASSIAN_API_TOKEN"');
  });

  it('a Basic value that decodes to email:%VAR% or email:$env:VAR is the same mistake', () => {
    expect(codes(`curl -H "Authorization: Basic ${b64('ada@acme.com:%API_TOKEN%')}" ${SITE}`)).toContain(
      'VARIABLE_SENT_AS_TEXT',
    );
    expect(codes(`curl -H "Authorization: Basic ${b64('ada@acme.com:$env:JIRA_TOKEN')}" ${SITE}`)).toContain(
      'VARIABLE_SENT_AS_TEXT',
    );
  });

  it('PowerShell single quotes', () => {
    const found = analyseRequest(
      `Invoke-RestMethod -Uri ${SITE} -Headers @{Authorization = 'Bearer $env:JIRA_TOKEN'}`,
    ).findings.find((f) => f.code === 'VARIABLE_SENT_AS_TEXT');
    expect(found?.explanation).toContain('PowerShell');
  });

  it('raw HTTP: what fills it in is not said, so it is named (info), not called an error', () => {
    const { findings, facts } = analyseRequest(
      `GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Bearer $TOKEN`,
    );
    expect(findings.find((f) => f.code === 'CREDENTIAL_FROM_VARIABLE')?.explanation).toContain(
      'Whatever sends this request',
    );
    expect(facts.identity?.fingerprint).toBeUndefined();
  });
});

describe('documentation placeholders', () => {
  it.each(['<your-api-token>', '{{token}}', 'YOUR_API_TOKEN', '***'])(
    '%s: named, not fingerprinted, the profile waits for the token',
    (placeholder) => {
      const { facts, findings } = analyseRequest(`curl -u "ada@acme.com:${placeholder}" ${SITE}`);
      expect(findings.find((f) => f.code === 'CREDENTIAL_PLACEHOLDER')?.title).toContain(placeholder);
      for (const code of SHAPE_CODES) expect(findings.map((f) => f.code)).not.toContain(code);
      expect(facts.identity?.fingerprint).toBeUndefined();
      expect(facts.identity?.tokenPlaceholder).toBe(placeholder);
      expect(facts.profile).toMatchObject({ email: 'ada@acme.com', apiToken: '' });
      expect(facts.secretNeeded).toEqual({ text: placeholder, kind: 'placeholder' });
    },
  );

  it('a Postman {{token}} as Bearer, and inside a decoded Basic value', () => {
    expect(
      analyseRequest(`curl -H "Authorization: Bearer {{token}}" ${SITE}`).facts.identity?.fingerprint,
    ).toBeUndefined();
    const basic = analyseRequest(`curl -H "Authorization: Basic ${b64('ada@acme.com:{{token}}')}" ${SITE}`);
    expect(basic.findings.map((f) => f.code)).toContain('CREDENTIAL_PLACEHOLDER');
    expect(basic.facts.secretNeeded?.text).toBe('{{token}}');
  });
});

describe('what is not a variable', () => {
  it('a real token is fingerprinted and makes a whole profile', () => {
    const { facts, findings } = analyseRequest(`curl -u "ada@acme.com:${TOKEN}" ${SITE}`);
    expect(facts.identity?.fingerprint).toBe('ATATT…1A2B');
    expect(facts.identity?.tokenStandIn).toBeUndefined();
    expect(facts.profile).toMatchObject({ apiToken: TOKEN });
    expect(facts.secretNeeded).toBeUndefined();
    expect(findings.map((f) => f.code)).not.toContain('CREDENTIAL_FROM_VARIABLE');
  });

  it("a password with a '$' in single quotes is judged as a password, not named as a variable", () => {
    const found = codes(`curl -u 'ada@acme.com:pa$$word1' ${SITE}`);
    expect(found).toContain('TOKEN_LOOKS_LIKE_PASSWORD');
    expect(found).not.toContain('VARIABLE_SENT_AS_TEXT');
    expect(analyseRequest(`curl -u 'ada@acme.com:$ecret1' ${SITE}`).facts.identity?.tokenStandIn).toBeUndefined();
  });

  it('a variable that is only part of the value stays unresolved, and is not fingerprinted', () => {
    const { facts, findings } = analyseRequest(`curl -H "Authorization: Basic $AUTH" ${SITE}`);
    expect(facts.credential?.reading.stage).toBe('unresolved');
    expect(facts.identity?.fingerprint).toBeUndefined();
    expect(findings.map((f) => f.code)).not.toContain('CREDENTIAL_FROM_VARIABLE');
  });
});
