// A PDF page's content (its drawing operators) as bytes in a buffer reused from page to page, compressed
// at zlib's fastest level when the page is written. pdfkit turns every operator into a Buffer of its own
// with a JavaScript loop, and keeps them all until the page ends; keeping them as strings instead (the
// step before this one) still made a few strings per drawn line, and a string per glyph of it: for a
// thousand variants, a third of everything the run allocated, which grew V8's young generation to its
// largest and the run's peak memory with it. Level 1 compresses a worksheet page's operators nearly as
// well as pdfkit's 6 (a sheet grows by 1.4%: its font subsets are most of it) in a tenth of the time;
// fflate, already a dependency, was slower at either level.
import { deflateSync } from 'node:zlib';

/** What pdfkit keeps of a page's content until the page is written. */
interface ContentStream {
  compress: boolean;
  buffer: Uint8Array[];
  data: { Filter?: string };
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/** Buffers of written pages, free for the next ones (a document has a few pages open until they are flushed). */
const spare: Buffer[] = [];
const MAX_SPARE = 8;

/** Strings shorter than this are copied by a loop: cheaper than a call into Node's buffer code. */
const SHORT = 48;

/** The operators of one page, as pdfkit would write them (a string's characters' low bytes). */
export class PageContent {
  private buf: Buffer = spare.pop() ?? Buffer.allocUnsafe(16 * 1024);
  /** Bytes written so far; a caller may set it back to a length it read, to take back what followed. */
  length = 0;
  private written = false;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(bigger, 0, 0, this.length);
    this.buf = bigger;
  }

  /** A string's characters' low bytes (latin1), as they are. */
  text(s: string): void {
    this.written = true;
    const n = s.length;
    this.room(n);
    if (n < SHORT) {
      const buf = this.buf;
      let at = this.length;
      for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
      this.length = at;
    } else this.length += this.buf.write(s, this.length, 'latin1');
  }

  /** A string and a line end: how pdfkit writes an operator it is given as text. */
  line(s: string): void {
    this.text(s);
    this.room(1);
    this.buf[this.length++] = 0x0a;
  }

  bytes(b: Uint8Array): void {
    this.written = true;
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  /**
   * The two bytes of each character's glyph number (`cidPlusOne[code unit] - 1`) as a PDF literal string
   * holds them: a backslash, parenthesis or carriage return escaped. False, having written nothing, when
   * a character has no glyph number there.
   */
  glyphs(cidPlusOne: Int32Array, line: string): boolean {
    const n = line.length;
    // At most four bytes a character (both bytes escaped).
    this.room(4 * n);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) {
      const c = line.charCodeAt(i);
      const cid = c < cidPlusOne.length ? cidPlusOne[c]! - 1 : -1;
      if (cid < 0) return false;
      at = escaped(buf, at, cid >> 8);
      at = escaped(buf, at, cid & 0xff);
    }
    this.written = true;
    this.length = at;
    return true;
  }

  /** The page's bytes, compressed; the buffer goes back to be reused. */
  deflate(): Buffer | undefined {
    const out = this.written ? deflateSync(this.buf.subarray(0, this.length), { level: 1 }) : undefined;
    if (spare.length < MAX_SPARE) spare.push(this.buf);
    this.buf = EMPTY;
    this.length = 0;
    return out;
  }
}

const EMPTY = Buffer.alloc(0);

function escaped(buf: Buffer, at: number, b: number): number {
  if (b === 0x5c || b === 0x28 || b === 0x29) {
    buf[at++] = 0x5c;
    buf[at++] = b;
  } else if (b === 0x0d) {
    buf[at++] = 0x5c;
    buf[at++] = 0x72; // r
  } else buf[at++] = b;
  return at;
}

/**
 * Takes over a pdfkit page's content stream: what pdfkit writes to it from now on (and wrote before the
 * page was announced: its flip of the y axis) goes into a PageContent, which is returned for drawing
 * into directly.
 */
export function takeOverContent(page: { content: ContentStream }): PageContent {
  const content = page.content;
  const bytes = new PageContent();
  content.compress = false;
  for (const b of content.buffer) bytes.bytes(b);
  content.buffer = [];
  // As pdfkit writes content: a string is followed by a line end; bytes are taken as they are.
  content.write = (chunk) => (typeof chunk === 'string' ? bytes.line(chunk) : bytes.bytes(chunk));
  const finalize = content.finalize;
  content.finalize = function (this: ContentStream) {
    const z = bytes.deflate();
    if (z) {
      this.buffer = [z];
      this.data.Filter = 'FlateDecode';
    }
    finalize.call(this);
  };
  return bytes;
}
