// One line of `readquiz take --record FILE`, as the quiz flow writes it and `readquiz stats` reads it.
// Declared once here; schemas.ts (attemptSchema) describes the same shape for validation and editors.
import type { Response, ScoreStatus } from './scoring.js';
import type { FactKind, QuestionType, Skill } from './types.js';

export const ATTEMPT_FORMAT = 'readquiz/attempt@1';

export interface AttemptAnswer {
  questionId: string;
  type: QuestionType;
  factKind: FactKind;
  response: Response;
  status: ScoreStatus;
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
