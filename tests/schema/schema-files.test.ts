import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attemptSchema, bankSchema, quizSchema } from '../../src/core/schemas.js';

// schema/*.json are written by the build from src/core/schemas.ts; a stale file would mislead editors.
describe('schema files', () => {
  it.each([
    ['bank.schema.json', bankSchema],
    ['quiz.schema.json', quizSchema],
    ['attempt.schema.json', attemptSchema],
  ])('%s is current (run npm run build to refresh it)', (file, schema) => {
    const onDisk = readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8');
    expect(JSON.parse(onDisk)).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('the built-in bank names the bank schema in its modeline', () => {
    const bank = readFileSync(new URL('../../questions/biden-ukraine.yaml', import.meta.url), 'utf8');
    expect(bank.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/bank.schema.json');
  });
});
