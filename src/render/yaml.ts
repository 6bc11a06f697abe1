import { Document } from 'yaml';
import type { Quiz } from '../core/types.js';
import { jsonSafe } from './escape.js';
import type { RenderResult } from './render-types.js';
import { safeYamlText } from './yaml-safe.js';

export function render(quiz: Quiz): RenderResult {
  const header = `# ${quiz.format} from bank ${quiz.bank.id}, seed ${jsonSafe(JSON.stringify(quiz.seed))}\n`;
  const options = { lineWidth: 0, aliasDuplicateObjects: false } as const;
  return { data: header + safeYamlText(new Document(quiz, options), options), warnings: [] };
}
