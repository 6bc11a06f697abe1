// Fake terminal streams for mounting the Ink app without a real terminal: stdin records raw-mode
// switches and accepts typed keys; stdout collects frames.
import { EventEmitter } from 'node:events';

export class FakeStdin extends EventEmitter {
  isTTY = true;
  isRaw = false;
  /** Every setRawMode call, to check the terminal is restored on each way out. */
  rawCalls: boolean[] = [];
  private data: string | null = null;
  setRawMode(on: boolean) {
    this.rawCalls.push(on);
    this.isRaw = on;
    return this;
  }
  setEncoding() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read() {
    const d = this.data;
    this.data = null;
    return d;
  }
  /** Delivers `text` as one chunk of input, as a terminal would. */
  type(text: string) {
    this.data = text;
    this.emit('readable');
  }
}

export class FakeStdout extends EventEmitter {
  isTTY = true;
  columns = 80;
  rows = 24;
  out = '';
  write(chunk: string | Uint8Array, cb?: unknown) {
    this.out += String(chunk);
    if (typeof cb === 'function') (cb as () => void)();
    return true;
  }
}
