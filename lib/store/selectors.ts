/** Derived views of the store state, shared by the popup and the options page. */
import type { Report } from '../model/report';
import type { AppState, RunState } from './types';

const IDLE: RunState = { running: false };

export function runOf(state: Pick<AppState, 'runs'>, profileId: string | undefined): RunState {
  return (profileId !== undefined && state.runs[profileId]) || IDLE;
}

/** The newest report known for a profile: the stored one or the one this page just received. */
export function latestReport(
  state: Pick<AppState, 'reports' | 'runs'>,
  profileId: string | undefined,
): Report | undefined {
  if (profileId === undefined) return undefined;
  const stored = state.reports[profileId];
  const answered = state.runs[profileId]?.report;
  if (!stored) return answered;
  if (!answered) return stored;
  return Date.parse(answered.finishedAt) > Date.parse(stored.finishedAt) ? answered : stored;
}
