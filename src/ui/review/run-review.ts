// Mounts the review screen on real streams. Built as its own bundle (dist/review-ui.mjs), loaded only by
// `review` and `init --review`, so `take` loads exactly its own UI.
import { render } from 'ink';
import React from 'react';
import { ReviewApp, type ReviewAppProps, type ReviewExit } from './ReviewApp.js';

export { colorEnabled } from '../theme.js';

export interface ReviewStreams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

/** Runs the review until the author leaves; Ink restores the terminal on unmount. */
export async function runReview(props: ReviewAppProps, streams: ReviewStreams): Promise<ReviewExit> {
  const app = render(React.createElement(ReviewApp, props), {
    ...streams,
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: 60,
  });
  const reason = (await app.waitUntilExit()) as ReviewExit | undefined;
  return reason ?? 'quit';
}
