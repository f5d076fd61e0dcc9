/**
 * What the Cloud kinds (API token, OAuth) share about the Atlassian environment a site is in:
 * the Government Cloud finding, the host grants its hosts need (they are not in the manifest), and
 * the rule that a report about a Government Cloud site names only Government hosts in its fixes.
 * (https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps)
 */
import { inEnvironment, originsToGrant, type EnvironmentHosts } from '../atlassian/urls';
import { makeFinding } from '../findings/make-finding';
import type { Finding, FindingFix } from '../model/report';
import type { EngineDeps } from '../probe/deps';

/** The origins among `originsToGrant` the browser has not granted; [] where grants are not asked (tests, bench). */
export async function missingGrants(
  env: EnvironmentHosts,
  siteOrigin: string | undefined,
  deps: EngineDeps,
): Promise<string[]> {
  const ask = deps.isOriginGranted;
  if (!ask) return [];
  const origins = originsToGrant(env, siteOrigin);
  const granted = await Promise.all(origins.map((o) => ask(o)));
  return origins.filter((_o, i) => !granted[i]);
}

/** GOV_CLOUD_SITE and, when grants are missing, HOST_PERMISSION_MISSING: what the environment itself says. */
export function environmentFindings(
  env: EnvironmentHosts,
  site: { origin: string; host: string } | undefined,
  missing: readonly string[],
): Finding[] {
  if (env.environment === 'commercial') return [];
  const findings: Finding[] = [];
  if (missing.length > 0)
    findings.push(
      makeFinding(
        'HOST_PERMISSION_MISSING',
        { origin: missing.join(' and '), variant: 'government' },
        { field: site ? 'siteUrl' : undefined, evidence: missing.map((o) => `no host permission for ${o}/*`) },
      ),
    );
  findings.push(
    makeFinding(
      'GOV_CLOUD_SITE',
      { host: site?.host, origin: site?.origin, detail: env.gateway },
      {
        field: site ? 'siteUrl' : undefined,
        evidence: [`${site?.host ?? 'site'} → ${env.label} (gateway ${env.gatewayHost})`],
      },
    ),
  );
  return findings;
}

function localiseFix(fix: FindingFix, env: EnvironmentHosts): FindingFix {
  const out: FindingFix = { steps: fix.steps.map((s) => inEnvironment(s, env)) };
  if (fix.url !== undefined) out.url = inEnvironment(fix.url, env);
  if (fix.curl !== undefined) out.curl = inEnvironment(fix.curl, env);
  if (fix.link) out.link = { href: inEnvironment(fix.link.href, env), label: fix.link.label };
  return out;
}

/**
 * The findings as the site's environment must read them: in Government Cloud every commercial
 * `api.`/`id.`/`auth.atlassian.com` in a title, explanation or fix becomes the Government host.
 * Evidence (what was really seen) and sources (public pages) are left as they are.
 */
export function localiseFindings(findings: Finding[], env: EnvironmentHosts): Finding[] {
  if (env.environment === 'commercial') return findings;
  return findings.map((f) => {
    const out: Finding = { ...f, title: inEnvironment(f.title, env), explanation: inEnvironment(f.explanation, env) };
    if (f.fix) out.fix = localiseFix(f.fix, env);
    return out;
  });
}
