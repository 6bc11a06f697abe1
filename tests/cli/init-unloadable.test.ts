// A drafted fact that would not load is a drafter bug: init leaves it out and says so, rather than leave the
// teacher with no draft at all (trial 27's one bad claim cost the whole draft).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBankFile } from '../../src/io/parse-bank.js';
import { fakeIo } from '../helpers/fake-io.js';

vi.mock('../../src/core/draft/draft-bank.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/draft/draft-bank.js')>();
  return {
    ...real,
    draftBank: (text: string, options: Parameters<typeof real.draftBank>[1]) => {
      const d = real.draftBank(text, options);
      if (options.dropFactIds?.has('bad-claim')) return d;
      const first = d.bank.facts[0]!;
      // A false version that swaps a word for itself: the bank would refuse it.
      const bad = {
        id: 'bad-claim',
        kind: 'statement' as const,
        evidence: first.evidence,
        text: 'the council',
        falsify: [{ replace: 'council', with: 'council' }],
      };
      return { ...d, bank: { ...d.bank, facts: [...d.bank.facts, bad] } };
    },
  };
});

const { main } = await import('../../src/cli/main.js');
const root = join(import.meta.dirname, '..', '..');
const riverside = readFileSync(join(root, 'tests', 'fixtures', 'articles', 'riverside-footbridge.md'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readquiz-init-bad-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readquiz init with a drafted fact that would not load', () => {
  it('leaves the fact out, writes a bank that loads, exits 0 and names the fact on stderr', async () => {
    writeFileSync(join(dir, 'article.md'), riverside);
    const io = fakeIo({ cwd: dir });
    const code = await main(['init', 'article.md', '-o', 'bank.yaml'], io);
    expect(code).toBe(0);
    expect(io.err()).toContain(
      '1 drafted fact left out because it would not load (bad-claim): a bug in the drafter, please report it',
    );
    const parsed = parseBankFile(join(dir, 'bank.yaml'));
    expect(parsed.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(parsed.bank!.facts.map((f) => f.id)).not.toContain('bad-claim');
  });
});
