// One error class for everything a user can fix: bad banks, bad arguments, bad answer files.
// The CLI prints `format()` as a single line and exits 2; anything else that escapes is internal (exit 1).

import { messageLine } from './terminal-safe.js';

export type FieldPath = readonly (string | number)[];

export interface ErrorLocation {
  file?: string;
  line?: number;
  col?: number;
  /** Where in the document: ['facts', 3, 'evidence']. */
  path?: FieldPath;
}

export class ReadquizError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  readonly path?: FieldPath;

  constructor(message: string, where: ErrorLocation = {}) {
    super(message);
    this.name = 'ReadquizError';
    this.file = where.file;
    this.line = where.line;
    this.col = where.col;
    this.path = where.path;
  }

  /** A copy of this error placed in a file (and, when known, at a line and column). */
  at(where: ErrorLocation): ReadquizError {
    return new ReadquizError(this.message, {
      file: where.file ?? this.file,
      line: where.line ?? this.line,
      col: where.col ?? this.col,
      path: where.path ?? this.path,
    });
  }

  /**
   * `file:line:col: path: message`, like a compiler; parts that are unknown are left out. One line, safe for a
   * terminal (messages quote the input) and of a sane length, whatever the input held.
   */
  format(): string {
    return messageLine(formatDiagnostic(this.message, this));
  }
}

export function formatPath(path: FieldPath | undefined): string {
  if (!path || path.length === 0) return '';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

export function formatDiagnostic(message: string, where: ErrorLocation): string {
  let place = '';
  if (where.file) {
    place = where.file;
    if (where.line !== undefined) place += `:${where.line}:${where.col ?? 1}`;
  }
  const field = formatPath(where.path);
  return [place, field, message].filter(Boolean).join(': ');
}

export function isReadquizError(err: unknown): err is ReadquizError {
  return err instanceof ReadquizError;
}
