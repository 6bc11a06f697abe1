// Preloaded into benchmarked processes: at exit, writes peak resident memory (KiB) and the CPU time the
// process used (µs, user + system). CPU time barely moves when other work shares the machine.
import { writeFileSync } from 'node:fs';

const file = process.env.READQUIZ_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}`);
  });
}
