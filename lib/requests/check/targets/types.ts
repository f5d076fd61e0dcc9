/** The rules of one target: findings from the request's facts, each saying which rule decided it. */
import type { Finding } from '../../../model/report';
import type { RequestFacts } from '../../facts';

export type TargetRules = (facts: RequestFacts, source: string) => Finding[];
