// Mounts the app on real streams. Kept apart from take.ts so Ink and React load only through this
// module's dynamic import.
import { render } from 'ink';
import React from 'react';
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
  const reason = (await app.waitUntilExit()) as ExitReason | undefined;
  return reason ?? 'quit';
}
