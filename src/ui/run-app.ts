// Mounts the app on real streams. Kept apart from take.ts so Ink and React load only through this
// module's dynamic import.
import { render } from 'ink';
import React from 'react';
import stringWidth from 'string-width';
import { App, type AppProps } from './App.js';
import type { ExitReason } from './screen-props.js';

// What take.ts needs besides the app, so that one dynamic import brings it all (each chunk costs a load).
export { attemptRecord } from '../core/quiz-flow.js';
export { colorEnabled } from './theme.js';

export interface Streams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

/** Runs the quiz until the reader leaves; Ink restores the terminal (raw mode off, cursor shown) on unmount. */
export async function runApp(props: AppProps, streams: Streams): Promise<ExitReason> {
  // 60 frames a second rather than Ink's 30: a key pressed right after a frame shows without a wait.
  const app = render(React.createElement(App, props), {
    ...streams,
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: 60,
  });
  // Once the start screen is up, while the reader looks at it: Ink measures every line it draws with
  // string-width, whose path for text beyond ASCII (the article's typographic quotes) is cold on the first
  // screen of text (Unicode regexes compiled, segmenter data loaded, code not yet optimised). Measuring
  // such lines a few hundred times here took the article's first frame at 200x50 from 84 to 64 ms of CPU
  // (bench/key-to-frame.mjs). It costs about 45 ms of CPU in slices of about 4 ms, between which a key is
  // read: a key pressed meanwhile waits one slice at most.
  setTimeout(() => warmTextWidth(WARM_SLICES), 0).unref();
  const reason = (await app.waitUntilExit()) as ExitReason | undefined;
  return reason ?? 'quit';
}

/** Lines like the article's, measured and thrown away (see runApp), one slice per turn of the event loop. */
function warmTextWidth(slices: number): void {
  for (let i = 0; i < WARM_PER_SLICE; i++) for (const line of WARM_LINES) stringWidth(line + i);
  if (slices > 1) setImmediate(() => warmTextWidth(slices - 1)).unref();
}
const WARM_SLICES = 10;
const WARM_PER_SLICE = 30;
const WARM_LINES = [
  'He praised the “total unanimity” — ‘quoted’ words, café, naïve…',
  '[1] “No decision has been made”',
];
