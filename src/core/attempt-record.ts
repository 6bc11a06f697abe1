// One line of `readquiz take --record FILE`, as the quiz flow writes it and `readquiz stats` reads it.
// Declared once here; schemas.ts (attemptSchema) describes the same shape for validation and editors.
import type { Response, ScoreStatus } from './scoring.js';
import type { FactKind, QuestionType, Skill } from './types.js';

export const ATTEMPT_FORMAT = 'readquiz/attempt@1';

/**
 * How a question of a round ended: scored (right, partial, wrong), seen and left without an answer
 * (unanswered: skipped, or on screen when the round was stopped), or never shown (not-reached: the round was
 * stopped before it). The record writes these, its schema lists them, the summary groups by them, and
 * `stats` leaves not-reached answers out of an item's n. Records written before not-reached existed say
 * unanswered for both; they still read.
 */
export type AttemptStatus = ScoreStatus | 'not-reached';
// Keyed by every status, so a status scoring adds that is not listed here does not compile.
const STATUS_KEYS: Record<AttemptStatus, null> = {
  right: null,
  partial: null,
  wrong: null,
  unanswered: null,
  'not-reached': null,
};
export const ATTEMPT_STATUSES: readonly AttemptStatus[] = Object.keys(STATUS_KEYS) as AttemptStatus[];

export interface AttemptAnswer {
  questionId: string;
  type: QuestionType;
  factKind: FactKind;
  response: Response;
  status: AttemptStatus;
  points: number;
  max: number;
  /** From the question showing to the answer. */
  ms: number;
}

export interface AttemptRecord {
  format: typeof ATTEMPT_FORMAT;
  seed: string;
  bank: { id: string; contentHash: string };
  options: { count: number | 'all'; types: QuestionType[]; skills?: Skill[] };
  strict: boolean;
  /** 1 for the quiz as drawn; 2, 3 ... for rounds that retry the questions missed (stats leaves those out). */
  round?: number;
  startedAt: string;
  finishedAt: string;
  answers: AttemptAnswer[];
  score: { points: number; max: number };
}
