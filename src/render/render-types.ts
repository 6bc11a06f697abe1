// What every quiz renderer returns, in a module of its own: formats.ts lists the renderers and each
// renderer returns this, so neither has to import the other.
import type { Bank, Quiz } from '../core/types.js';

export interface RenderResult {
  data: string | Uint8Array;
  /** One line each: question types the format could not hold, and what was done with them. */
  warnings: string[];
}

export interface QuizRenderer {
  render(quiz: Quiz, bank: Bank): RenderResult | Promise<RenderResult>;
}
