// Mounts the review screen on real streams (loaded with the rest of the Ink UI, only by the commands
// that show it).
import { render } from 'ink';
import React from 'react';
import { ReviewApp, type ReviewAppProps, type ReviewExit } from './ReviewApp.js';

export interface ReviewStreams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

/** Runs the review until the author leaves; Ink restores the terminal on unmount. */
export async function runReview(props: ReviewAppProps, streams: ReviewStreams): Promise<ReviewExit> {
  const app = render(React.createElement(ReviewApp, props), { ...streams, exitOnCtrlC: false, patchConsole: false, maxFps: 60 });
  const reason = (await app.waitUntilExit()) as ReviewExit | undefined;
  return reason ?? 'quit';
}
