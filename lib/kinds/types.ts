/**
 * What a credential kind provides: its form fields, its local checks, how it is diagnosed
 * (plan the probes, then classify what they saw) and how its scopes are checked, if it has any.
 * lib/kinds/index.ts holds one driver per kind; the engines look the kind up there.
 */
import type { CredentialKind, Profile, ProfileDraft } from '../model/profile';
import type { Finding } from '../model/report';
import type { EngineDeps } from '../probe/deps';
import type { PolicyDecision } from '../probe/policy';
import type { ReportParts, Run } from '../probe/run';
import type { ScopeCheckMeta } from '../scopes/finish';
import type { ScopeReport } from '../scopes/types';
import type { KindForm } from './field-spec';

type ProfileOf<K extends CredentialKind> = Extract<Profile, { kind: K }>;
type DraftOf<K extends CredentialKind> = Extract<ProfileDraft, { kind: K }>;

/** What every kind's lint says: the findings, and whether the credential is worth sending. */
export interface KindLint {
  findings: Finding[];
  canSendCredential: boolean;
}

/** The local checks as the form shows them. */
export interface DraftLint {
  findings: Finding[];
  /** What the engine will contact, in words ("Will check https://acme.atlassian.net"). */
  target?: string;
}

/**
 * A diagnosis in steps: lint (local, no request) → plan (sends the probes, decides the next ones
 * from what the previous ones answered, never from findings) → classify (a pure function of the
 * lint and the observations).
 */
export interface DiagnosisSteps<P extends Profile, L extends KindLint, S> {
  lint(profile: P, nowMs: number): L;
  /** Where this profile's secret may go. */
  policy(lint: L): (url: string) => PolicyDecision;
  plan(profile: P, lint: L, run: Run, deps: EngineDeps): Promise<S>;
  classify(lint: L, seen: S, nowMs: number): ReportParts;
}

type ScopeSupport<P extends Profile> =
  | { check(profile: P, deps: EngineDeps, meta: ScopeCheckMeta): Promise<ScopeReport> }
  /** No scope model applies: the sentence that says so, and the site the report names. */
  | { notApplicable(profile: P): { summary: string; siteUrl?: string } };

export interface KindDriver<K extends CredentialKind> {
  kind: K;
  form: KindForm<K>;
  lintDraft(draft: DraftOf<K>, nowMs: number): DraftLint;
  /** Runs `use` with this kind's diagnosis steps (each kind has its own lint and observation types). */
  diagnosis<R>(use: <L extends KindLint, S>(steps: DiagnosisSteps<ProfileOf<K>, L, S>) => R): R;
  scopes: ScopeSupport<ProfileOf<K>>;
}
