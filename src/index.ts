// The library API: `import {loadBank, generateQuiz} from 'readquiz'`.
export { loadBank, type LoadBankOptions } from './io/load-bank.js';
export { generateQuiz, allQuestions, questionTypesForFact, thinFactNeeds, compositionNote } from './core/generate.js';
export { prepareBank, type PreparedBank } from './core/prepare.js';
export {
  scoreAnswer,
  parseResponse,
  normalizeAnswerText,
  type Response,
  type ScoreOptions,
  type ScoreResult,
  type ScoreStatus,
} from './core/scoring.js';
export { BUILTIN_BANKS, DEFAULT_BANK_ID } from './io/builtin-banks.js';
export { createRng, variantSeed, type Rng } from './core/rng.js';
export { parseArticle, findSentence } from './core/article.js';
export { ReadquizError } from './core/errors.js';
export { attemptSchema, bankSchema, quizSchema } from './core/schemas.js';
export {
  ATTEMPT_FORMAT,
  ATTEMPT_STATUSES,
  type AttemptAnswer,
  type AttemptRecord,
  type AttemptStatus,
} from './core/attempt-record.js';
export * from './core/types.js';
