import type { Quiz } from '../core/types.js';
import { jsonSafe } from './escape.js';
import type { RenderResult } from './render-types.js';

/**
 * The contract itself; key order is fixed by construction, so equal quizzes give equal bytes. DEL, C1 and
 * bidi controls in bank text are written as \u escapes (the same data, nothing raw).
 */
export function render(quiz: Quiz): RenderResult {
  return { data: `${jsonSafe(JSON.stringify(quiz, null, 2))}\n`, warnings: [] };
}
