// Golden files: compare output with a committed file. A missing golden fails (a deleted golden must not
// quietly recreate itself and pass); UPDATE_GOLDENS=1 writes or rewrites them, for a change to review.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));

/** True when the run asks for goldens to be (re)written: UPDATE_GOLDENS=1 (UPDATE_GOLDEN=1 also works). */
export function updatingGoldens(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.UPDATE_GOLDENS === '1' || env.UPDATE_GOLDEN === '1';
}

/** Asserts `actual` equals tests/golden/<name>; writes it instead only when goldens are being updated. */
export function expectGolden(
  name: string,
  actual: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): void {
  const file = join(GOLDEN_DIR, name);
  const shown = relative(process.cwd(), file);
  if (updatingGoldens(env)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(
      `${shown} is missing: run UPDATE_GOLDENS=1 npx vitest run <this test file> to write it, review it, then commit it`,
    );
  }
  expect(actual, `${shown} differs; review the change, then UPDATE_GOLDENS=1 to accept it`).toBe(
    readFileSync(file, 'utf8'),
  );
}
