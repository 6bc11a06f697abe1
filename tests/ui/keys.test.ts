// One key table (src/ui/keys.ts) that the screens' handlers and the footers both read, and keys read
// only through Ink's public input API.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hint, keyLabel, KEY_BINDINGS, matches } from '../../src/ui/keys.js';
import { keyFor } from '../../src/ui/use-keys.js';

const UI = join(import.meta.dirname, '../../src/ui');
const sources = readdirSync(UI)
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(UI, f), 'utf8') }));

describe('the key table', () => {
  it('is the only place that names keys: no screen compares the input or a key flag itself', () => {
    // keys.ts declares the bindings; use-keys.ts splits bursts into keys as Ink would report them.
    const offenders = sources
      .filter((s) => s.file !== 'keys.ts' && s.file !== 'use-keys.ts')
      .flatMap((s) => s.text.split('\n').map((line, i) => ({ where: `${s.file}:${i + 1}`, line })))
      .filter(({ line }) =>
        /input === '|\bk === '.'|key\.(escape|return|tab|backspace|delete|upArrow|downArrow|leftArrow|rightArrow|pageUp|pageDown|home|end|ctrl)\b/.test(
          line,
        ),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });

  it('the UI uses Ink public input API only: no internal event emitter, no handler assigned while rendering', () => {
    for (const s of sources) {
      expect(s.text, s.file).not.toMatch(/internal_/);
      expect(s.text, s.file).not.toMatch(/useStdin/);
    }
    const useKeys = sources.find((s) => s.file === 'use-keys.ts')!.text;
    // The screen's handler is installed in a layout effect, in the commit, not in the render body.
    expect(useKeys).toMatch(/useLayoutEffect\(\(\) => \{\n\s+if \(!active\) return;\n\s+bus\.handler = handler;/);
    const app = sources.find((s) => s.file === 'App.tsx')!.text;
    expect(app).toMatch(/useInput\(onKey\.current, \{ isActive: true \}\)/);
  });

  it('matches keys, with letters ignored while typing', () => {
    expect(matches('quit', 'q', {})).toBe(true);
    expect(matches('quit', '', { escape: true })).toBe(true);
    expect(matches('quit', 'q', {}, { typing: true })).toBe(false);
    expect(matches('quit', '', { escape: true }, { typing: true })).toBe(true);
    expect(matches('skip', '', { tab: true }, { typing: true })).toBe(true);
    expect(matches('article', 'r', { ctrl: true }, { typing: true })).toBe(true);
    expect(matches('article', 'r', {})).toBe(false);
    expect(matches('bottom', 'G', { shift: true })).toBe(true);
  });

  it('Backspace as terminals send it (DEL, 0x7f, which Ink reports as delete) and BS both delete backwards', () => {
    const [, del] = keyFor('\x7f');
    const [, bs] = keyFor('\b');
    expect(del.delete).toBe(true);
    expect(matches('deleteBack', '', del, { typing: true })).toBe(true);
    expect(matches('deleteBack', '', bs, { typing: true })).toBe(true);
    expect(matches('deleteForward', 'd', { ctrl: true }, { typing: true })).toBe(true);
  });

  it('footers are written from the same table', () => {
    expect(hint('quit', 'quit')).toBe('q quit');
    expect(hint('quit', 'quit', { typing: true })).toBe('Esc quit');
    expect(hint('skip', 'skip', { typing: true })).toBe('Tab skip');
    expect(hint('article', 'article')).toBe('Ctrl+R article');
    expect(keyLabel('yes', { count: 2 })).toBe('y/Enter');
    for (const [command, bindings] of Object.entries(KEY_BINDINGS)) expect(bindings.length, command).toBeGreaterThan(0);
  });
});
