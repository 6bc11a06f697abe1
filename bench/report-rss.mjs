// Preloaded into benchmarked processes: writes their peak resident memory (KiB) when they exit.
import { writeFileSync } from 'node:fs';

const file = process.env.READQUIZ_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
