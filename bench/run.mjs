// `npm run bench`: every benchmark in bench/, one after another (each prints its own ratios).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';

const benches = [
  'cold-start.mjs',
  'first-frame.mjs',
  'key-to-frame.mjs',
  'worksheets.mjs',
  'pdf.mjs',
  'hostile-inputs.mjs',
].filter((f) => existsSync(join(root, 'bench', f)));
let failed = false;
for (const b of benches) {
  console.log(`\n== ${b}`);
  const r = spawnSync(process.execPath, [join(root, 'bench', b)], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
