// Preloaded by key-to-frame.mjs (node --import): for each key read from the terminal, the CPU time
// (user + system) and wall time the process spends until it writes the next frame, appended to the file
// named by READQUIZ_FRAME_LOG. CPU time holds steady when other work shares the machine; wall time does not.
import { appendFileSync } from 'node:fs';

const log = process.env.READQUIZ_FRAME_LOG;
if (log) {
  let pending;
  const { stdin, stdout } = process;
  stdin.on('readable', () => {
    pending ??= { cpu: process.cpuUsage(), wall: performance.now() };
  });
  const write = stdout.write.bind(stdout);
  stdout.write = (chunk, ...rest) => {
    if (pending && String(chunk).length > 200) {
      const cpu = process.cpuUsage(pending.cpu);
      appendFileSync(
        log,
        `${((cpu.user + cpu.system) / 1000).toFixed(1)} ${(performance.now() - pending.wall).toFixed(1)}\n`,
      );
      pending = undefined;
    }
    return write(chunk, ...rest);
  };
}
