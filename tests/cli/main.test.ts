import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('main(argv, io)', () => {
  it('--help prints every command to stdout and exits 0', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const c of ['generate', 'lint', 'banks']) expect(io.out()).toContain(c);
    expect(io.err()).toBe('');
  });

  it('--version prints the package version', async () => {
    const io = fakeIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("<command> --help prints that command's usage", async () => {
    const io = fakeIo();
    expect(await main(['generate', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: readquiz generate/);
  });

  it('an unknown command is one line on stderr and exit 2', async () => {
    const io = fakeIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain("unknown command 'frobnicate'");
    expect(io.out()).toBe('');
  });

  it('an unknown option names itself and the help to read', async () => {
    const io = fakeIo();
    expect(await main(['generate', '--colour'], io)).toBe(2);
    expect(io.err()).toBe("readquiz generate: unknown option '--colour' (see 'readquiz generate --help')\n");
  });

  it.each([
    [['generate', '--count', 'ten'], "--count takes a whole number from 1 to 1000, got 'ten'"],
    [['generate', '--count', '0'], '--count takes a whole number'],
    [['generate', '--types', 'essay'], "unknown question type 'essay'"],
    [['generate', '--format', 'docx'], '--format must be one of'],
    [['generate', '--all', '--count', '3'], '--count and --all do not go together'],
    [['generate', '--seed'], "option '--seed' needs a value"],
  ])('%j is a usage error', async (argv, message) => {
    const io = fakeIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });
});
