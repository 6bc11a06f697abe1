// Wrapping and text-field editing, the two pure helpers the screens stand on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowText, wrapLine, wrapLines } from '../../src/ui/lines.js';
import {
  backspace,
  deleteForward,
  deleteWordBack,
  emptyField,
  end,
  home,
  insert,
  move,
} from '../../src/ui/text-edit.js';

describe('wrapLine', () => {
  it('breaks at spaces, hangs continuation rows, keeps styles', () => {
    const rows = wrapLine(
      {
        segs: [
          { text: '[1] ', dim: true },
          { text: 'The United States has placed up to 8,500 soldiers on alert.', bold: true },
        ],
        hang: 4,
      },
      24,
    );
    expect(rows.map(rowText)).toEqual([
      '[1] The United States',
      '    has placed up to',
      '    8,500 soldiers on',
      '    alert.',
    ]);
    expect(rows[0]![0]).toEqual({ text: '[1] ', dim: true });
    expect(rows[1]!.find((s) => s.text.includes('placed'))).toMatchObject({ bold: true });
  });

  it('cuts a word longer than the row', () => {
    expect(wrapLine({ segs: [{ text: 'Stoltenberg' }] }, 5).map(rowText)).toEqual(['Stolt', 'enber', 'g']);
  });

  it('never makes a row wider than asked, and loses no words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z,.'"-]{1,15}$/), { maxLength: 40 }),
        fc.integer({ min: 5, max: 120 }),
        fc.integer({ min: 0, max: 6 }),
        (words, width, hang) => {
          const text = words.join(' ');
          const { rows } = wrapLines([{ segs: [{ text }], hang }], width);
          for (const r of rows) expect([...rowText(r)].length).toBeLessThanOrEqual(width);
          expect(rows.map(rowText).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        },
      ),
    );
  });
});

describe('text field editing', () => {
  it('inserts at the cursor, moves, deletes either way', () => {
    let f = insert(emptyField, 'Stoltenbrg');
    f = move(f, -2);
    f = insert(f, 'e');
    expect(f).toEqual({ text: 'Stoltenberg', cursor: 9 });
    f = backspace(f);
    expect(f).toEqual({ text: 'Stoltenbrg', cursor: 8 });
    f = deleteForward(home(f));
    expect(f).toEqual({ text: 'toltenbrg', cursor: 0 });
    expect(end(f).cursor).toBe(9);
    expect(move(f, -5).cursor).toBe(0);
    expect(deleteForward(end(f))).toEqual(end(f));
    expect(backspace(home(f))).toEqual(home(f));
  });

  it('a paste loses line breaks and control characters', () => {
    expect(insert(emptyField, 'Jens\r\nStolten\u001b[31mberg')).toEqual({ text: 'Jens Stolten[31mberg', cursor: 20 });
  });

  it('Ctrl+W deletes the word before the cursor', () => {
    expect(deleteWordBack(insert(emptyField, 'Olaf Scholz '))).toEqual({ text: 'Olaf ', cursor: 5 });
  });

  it('counts characters, not UTF-16 units', () => {
    const f = insert(emptyField, 'Schölz 😀');
    expect(f.cursor).toBe(8);
    expect(backspace(f).text).toBe('Schölz ');
  });
});
