// Drives the app with keystrokes through ink-testing-library and reads the frames a user would see.
import { render } from 'ink-testing-library';
import type { FlowOptions, FlowState } from '../../src/core/quiz-flow.js';
import type { Quiz } from '../../src/core/types.js';
import { App } from '../../src/ui/App.js';
import type { Size } from '../../src/ui/use-terminal-size.js';
import { ARTICLE, QUIZ } from './fixtures/quiz.js';

export const KEY = {
  enter: '\r',
  esc: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  home: '\u001b[H',
  end: '\u001b[F',
  pageDown: '\u001b[6~',
  pageUp: '\u001b[5~',
  backspace: '\u007f',
  delete: '\u001b[3~',
  tab: '\t',
  ctrlC: '\u0003',
  ctrlU: '\u0015',
  ctrlD: '\u0004',
  ctrlR: '\u0012',
} as const;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const turn = () => new Promise((r) => setImmediate(r));

/**
 * Waits until the app has drawn what a key caused. Ink (debug mode, as ink-testing-library runs it) and
 * React draw within a few turns of the event loop, however loaded the machine, so the wait is counted in
 * turns, not milliseconds: no new frame through a 1 ms timer and 5 turns after it (at most 1 s). Waiting
 * 25 ms twice per key made the UI tests half the suite's time, idle.
 */
async function settle(frames: () => number) {
  const until = Date.now() + 1000;
  let seen = frames();
  await sleep(1);
  for (let quiet = 0; quiet < 5 && Date.now() < until;) {
    await turn();
    const n = frames();
    quiet = n === seen ? quiet + 1 : 0;
    seen = n;
  }
}

export interface Driver {
  /** Sends each argument as one keypress (one write), waiting for the app to settle in between. */
  press(...keys: string[]): Promise<void>;
  /** Types text one character at a time, as a person does. */
  type(text: string): Promise<void>;
  frame(): string;
  frames(): string[];
  rounds: FlowState[];
  seeds: string[];
  unmount(): void;
}

export async function renderApp(
  options: { quiz?: Quiz; flow?: FlowOptions; size?: Size; color?: boolean; newQuiz?: (seed: string) => Quiz } = {},
): Promise<Driver> {
  const rounds: FlowState[] = [];
  const seeds: string[] = [];
  let t = 1_700_000_000_000;
  let n = 0;
  const quiz = options.quiz ?? QUIZ;
  const app = render(
    <App
      quiz={quiz}
      article={ARTICLE}
      options={options.flow ?? {}}
      newQuiz={options.newQuiz ?? ((seed) => ({ ...quiz, seed }))}
      freshSeed={() => {
        const s = `fresh${++n}`;
        seeds.push(s);
        return s;
      }}
      now={() => (t += 1000)}
      onRoundEnd={(s) => rounds.push(s)}
      color={options.color ?? true}
      size={options.size ?? { columns: 80, rows: 24 }}
    />,
  );
  const tick = () => settle(() => app.frames.length);
  await tick();
  const driver: Driver = {
    async press(...keys) {
      for (const k of keys) {
        app.stdin.write(k);
        await tick();
      }
    },
    async type(text) {
      for (const ch of text) {
        app.stdin.write(ch);
        await tick();
      }
    },
    frame: () => app.lastFrame() ?? '',
    frames: () => app.frames,
    rounds,
    seeds,
    unmount: () => app.unmount(),
  };
  return driver;
}

/** The fixture's right answers, as keys. */
export const RIGHT_KEYS: Record<string, string[]> = {
  'multiple-choice': ['b'],
  'true-false': ['f'],
  'multi-select': ['a', 'c', 'e', KEY.enter],
  numeric: [...'8,500', KEY.enter],
  'short-answer': [...'Stoltenberg', KEY.enter],
  cloze: [...'unanimity', KEY.enter],
  matching: ['1', 'b', '2', 'c', '3', 'a', KEY.enter],
  ordering: [' ', KEY.down, KEY.down, ' ', KEY.down, KEY.enter],
};
