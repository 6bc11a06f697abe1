import { expect } from 'vitest';
import { ReadquizError } from '../../src/core/errors.js';

/** The ReadquizError `fn` throws; fails the test when it throws nothing or something else. */
export function readquizErrorFrom(fn: () => unknown): ReadquizError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ReadquizError);
    return err as ReadquizError;
  }
  throw new Error('expected a ReadquizError');
}
