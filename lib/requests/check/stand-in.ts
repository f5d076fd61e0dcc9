/**
 * A token or email written as a variable (read/stand-in.ts): named, with who puts its value in
 * (CREDENTIAL_FROM_VARIABLE), or, where nothing does, the name sent as the secret
 * (VARIABLE_SENT_AS_TEXT: 'single quotes' in bash, https://www.gnu.org/software/bash/manual/html_node/Single-Quotes.html;
 * a name encoded into the Basic value). The rest of the credential is checked by the target's rules.
 */
import { makeFinding } from '../../findings/make-finding';
import type { Finding } from '../../model/report';
import type { RequestFacts } from '../facts';
import { sentAsWritten, type SecretStandIn } from '../read/stand-in';
import { spanIn } from '../read/words';

export function standInFindings(facts: RequestFacts, source: string): Finding[] {
  const credential = facts.credential;
  if (!credential) return [];
  const { tokenStandIn, emailStandIn } = credential.reading;
  return [emailStandIn, tokenStandIn]
    .filter((s): s is SecretStandIn => s !== undefined)
    .map((standIn) => {
      const params = {
        detail: standIn.text,
        variant: standIn.syntax,
        location: standIn.fill,
        expected: standIn.part,
        // "Use this credential" has a field for its value (facts.ts draftOf).
        ...(standIn.part === 'token' && facts.secretNeeded?.text === standIn.text ? { asksForSecret: 'yes' } : {}),
      };
      const code = sentAsWritten(standIn) ? 'VARIABLE_SENT_AS_TEXT' : 'CREDENTIAL_FROM_VARIABLE';
      // A name encoded into the Basic value is only in its base64: the whole value is what to point at.
      const within = credential.header?.valueSpan ?? credential.span;
      const span = standIn.fill === 'encoded' ? within : spanIn(source, within, standIn.text);
      return {
        ...makeFinding(code, params, {
          evidence: [`${standIn.part === 'email' ? 'Email' : 'Token'}: ${standIn.text}`],
        }),
        spans: [span],
      };
    });
}
