// The interactive quiz shows bank text (article, prompts, options, evidence) in a terminal: escape
// sequences from a bank must appear as text, never reach the terminal raw. Ink's own colour codes are
// fine; what must never appear is the bank's OSC title change, its clear-screen, or a BEL.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/core/generate.js';
import { loadBank } from '../../src/io/load-bank.js';
import { KEY, renderApp } from '../ui/helpers.js';

const BANK = fileURLToPath(new URL('./fixtures/hostile/bank.yaml', import.meta.url));
const RAW = /\u001b\]|\u001b\[2J|\u0007|[\u0080-\u009f]/;

describe('the interactive quiz on a hostile bank', () => {
  it('never sends the bank escape sequences raw, on any screen a run goes through', async () => {
    const bank = await loadBank(BANK);
    const quiz = generateQuiz(bank, { seed: 'ui', count: 6 });
    const app = await renderApp({ quiz, size: { columns: 100, rows: 40 } });
    try {
      // Start, read the article, then answer every question with whatever is first, and go through the
      // feedback, summary and review screens.
      await app.press(KEY.enter, KEY.pageDown, KEY.pageDown);
      for (let i = 0; i < 12; i++) await app.press(KEY.enter, KEY.tab, KEY.enter);
      await app.press('r', KEY.right, KEY.right, KEY.right, KEY.right, KEY.right);
      const frames = app.frames();
      expect(frames.length).toBeGreaterThan(10);
      const bad = frames.filter((f) => RAW.test(f));
      expect(bad.slice(0, 1)).toEqual([]);
      // The hostile text was shown, escaped.
      expect(frames.some((f) => f.includes('\\u{1b}[2J fishermen'))).toBe(true);
      expect(frames.some((f) => f.includes('Karl \\u{1b}]0;pwned\\u{7} Weiss'))).toBe(true);
    } finally {
      app.unmount();
    }
  });
});
