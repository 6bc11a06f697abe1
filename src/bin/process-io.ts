// The process's standard streams as the CLI sees them, made only when used. Node builds process.stdout,
// process.stderr and process.stdin on first touch, and that loads its whole streams stack (a few
// milliseconds: about a tenth of a cold `readquiz generate`). Output that is not drawn by Ink is
// written with fs.writeSync instead, which needs none of it; the stream is made only when a command
// asks something only a stream knows (isTTY, columns) or hands it to Ink.
import { writeSync } from 'node:fs';
import type { OutStream } from '../cli/cli-io.js';

/** Write side of a standard stream: direct writes to `fd` until the Node stream exists, then the stream. */
export class StandardOut implements OutStream {
  private made: NodeJS.WriteStream | undefined;

  constructor(
    private readonly fd: number,
    private readonly make: () => NodeJS.WriteStream,
    private readonly onBrokenPipe: () => void,
  ) {}

  /** The Node stream, made on first use; writes go through it from then on, so they stay in order. */
  get stream(): NodeJS.WriteStream {
    if (!this.made) {
      this.made = this.make();
      this.made.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') this.onBrokenPipe();
      });
    }
    return this.made;
  }

  get isTTY(): boolean {
    return this.stream.isTTY === true;
  }

  get columns(): number | undefined {
    return this.stream.columns;
  }

  get rows(): number | undefined {
    return this.stream.rows;
  }

  write(chunk: string | Uint8Array): boolean {
    if (this.made) return this.made.write(chunk);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        // Output piped to `head` closes early; that is not an error.
        this.onBrokenPipe();
        return false;
      }
      // A non-blocking pipe that is full (EAGAIN) or anything else a stream copes with: hand it the rest.
      return this.stream.write(bytes.subarray(done));
    }
  }
}
