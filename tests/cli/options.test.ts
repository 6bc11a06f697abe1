// Each option is declared once (src/cli/args.ts); help and parsing both come from the declaration. These
// check what a declaration cannot: that the prose around it (each command's help text, the README's
// examples and command table) names only options and commands that exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineCommand, int, flag, type CommandOptions, type Options } from '../../src/cli/args.js';
import { COMMANDS } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { main } from '../../src/cli/main.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

async function declarations(): Promise<Record<string, CommandOptions<Options>>> {
  const out: Record<string, CommandOptions<Options>> = {};
  for (const name of Object.keys(COMMANDS)) {
    out[name] = (await COMMANDS[name]!.load()).command.options;
  }
  return out;
}

/** The flags a command accepts: --name and -x for each declared option, and help. */
function accepted(o: CommandOptions<Options>): Set<string> {
  const flags = new Set(['--help', '-h']);
  for (const [name, option] of Object.entries(o.spec.options)) {
    flags.add(`--${name}`);
    if (option.short) flags.add(`-${option.short}`);
  }
  return flags;
}

const flagsIn = (text: string) => [...text.matchAll(/(?<![\w-])(--[a-z][\w-]*|-[a-zA-Z])(?![\w-])/g)].map((m) => m[1]!);

describe('options declared once', () => {
  it('--help lists exactly the declared options, each once, and the parser takes exactly those', async () => {
    for (const [name, o] of Object.entries(await declarations())) {
      const io = fakeIo();
      expect(await main([name, '--help'], io), name).toBe(0);
      const listed = io
        .out()
        .split('\n')
        .filter((l) => /^ {2}-/.test(l))
        .map((l) => l.trim().split(/\s{2,}/)[0]!);
      const expected = [
        ...Object.entries(o.spec.options).map(
          ([n, opt]) => `${opt.short ? `-${opt.short}, ` : ''}--${n}${opt.value ? ` ${opt.value}` : ''}`,
        ),
        '-h, --help',
      ];
      expect(listed, name).toEqual(expected);
      const unknown = fakeIo();
      expect(await main([name, '--no-such-option'], unknown), name).toBe(2);
      expect(unknown.err()).toBe(
        `readquiz ${name}: unknown option '--no-such-option' (see 'readquiz ${name} --help')\n`,
      );
    }
  });

  it("each command's help text names only options that command takes", async () => {
    for (const [name, o] of Object.entries(await declarations())) {
      const ok = accepted(o);
      // Other commands' options may be named where the text says which command takes them.
      const other = new RegExp(`readquiz (?!${name}\\b)[a-z]+\\b`);
      const own = o.help.split('\n').filter((l) => !other.test(l));
      for (const f of flagsIn(own.join('\n'))) expect(ok.has(f), `readquiz ${name} --help names ${f}`).toBe(true);
    }
  });

  it('derives help from the declaration: value names, short flags, defaults, continuation lines', () => {
    const o = defineCommand({
      name: 'demo',
      operands: 'FILE',
      about: 'About it.',
      options: {
        count: int({ short: 'n', value: 'N', min: 1, max: 9, default: 3, description: 'how many\nsecond line' }),
        loud: flag({ description: 'shout' }),
      },
      after: 'After.',
    });
    expect(o.help).toBe(
      [
        'Usage: readquiz demo FILE [--count N] [--loud]',
        '',
        'About it.',
        '',
        'Options:',
        '  -n, --count N  how many (default 3)',
        '                 second line',
        '  --loud         shout',
        '  -h, --help     show this help',
        '',
        'After.',
      ].join('\n'),
    );
    expect(o.parse(['-n', '5', 'f.txt'])).toEqual({ values: { count: 5, loud: false }, positionals: ['f.txt'] });
    expect(o.parse(['--loud'])).toEqual({ values: { count: 3, loud: true }, positionals: [] });
    expect(() => o.parse(['--count', '10'])).toThrow(
      "readquiz demo: --count takes a whole number from 1 to 9, got '10'",
    );
    expect(() => o.parse(['--count'])).toThrow(
      "readquiz demo: option '--count' needs a value (see 'readquiz demo --help')",
    );
  });
});

describe("the README's commands and flags", () => {
  it('the command table lists exactly the commands readquiz has', () => {
    const table = [...README.matchAll(/^\| `readquiz(?: (\w+))?`(?: \/ `readquiz (\w+)`)? \|/gm)].map(
      (m) => m[2] ?? m[1]!,
    );
    expect(table.sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('every example line names options its command takes', async () => {
    const decl = await declarations();
    const examples = README.split('\n').filter((l) => /^(?:\s*)readquiz(?: |$)/.test(l));
    expect(examples.length).toBeGreaterThan(10);
    for (const line of examples) {
      const words = line.replace(/#.*$/, '').trim().split(/\s+/);
      const name = words[1] && words[1] in COMMANDS ? words[1] : 'take';
      const ok = accepted(decl[name]!);
      for (const f of flagsIn(words.slice(1).join(' '))) expect(ok.has(f), `README: ${line.trim()}`).toBe(true);
    }
  });

  it('every option the README names in prose is one some command takes', async () => {
    const all = new Set(['--version', '-V']);
    for (const o of Object.values(await declarations())) for (const f of accepted(o)) all.add(f);
    const prose = README.replace(/```[\s\S]*?```/g, '');
    // Code spans of readquiz's own: an option alone (`--seed S`) or a readquiz command line; not chromium's.
    const spans = [...prose.matchAll(/`([^`\n]*)`/g)].map((m) => m[1]!).filter((t) => /^(?:-|readquiz\b)/.test(t));
    const named = spans.flatMap((t) => [...t.matchAll(/(?<![\w-])(--[a-z][\w-]*)/g)].map((x) => x[1]!));
    expect(named.length).toBeGreaterThan(20);
    for (const f of new Set(named)) expect(all.has(f), `README names ${f}`).toBe(true);
  });
});
