import { stringify } from 'yaml';
import type { Quiz } from '../core/types.js';
import type { RenderResult } from './render-types.js';

export function render(quiz: Quiz): RenderResult {
  const header = `# ${quiz.format} from bank ${quiz.bank.id}, seed ${JSON.stringify(quiz.seed)}\n`;
  return { data: header + stringify(quiz, { lineWidth: 0, aliasDuplicateObjects: false }), warnings: [] };
}
