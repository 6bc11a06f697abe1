// Cold `readquiz generate` on the built-in bank vs a bare node start (issue: at most 1.3x).
import { existsSync } from 'node:fs';
import { bin, compare, report } from './harness.mjs';

if (!existsSync(bin)) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}
const results = [
  compare('generate --seed bench (json)', [bin, 'generate', '--seed', 'bench']),
  compare('generate --seed bench --format text', [bin, 'generate', '--seed', 'bench', '--format', 'text']),
  compare('--version', [bin, '--version']),
];
const failed = report(results, { 'generate --seed bench (json)': 1.3 });
process.exitCode = failed ? 1 : 0;
