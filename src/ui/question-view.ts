// A question's body scrolls with PgUp/PgDn when it does not fit (a matching question at 40x20 keeps its
// last partners below the fold): the offset lives with the question; any other key lets the view follow
// the cursor again.
import type { Key } from 'ink';
import { useRef } from 'react';
import { matches } from './keys.js';
import { useDraft } from './use-keys.js';

export interface QuestionView {
  /** First body row chosen with PgUp/PgDn, or undefined to follow the focus. */
  offset: number | undefined;
  /** Set by the frame: the top row and page size it drew with. */
  drawn: { top: number; page: number };
  /** Handles PgUp/PgDn (true when it did); call first in the question's key handler. */
  scrollKey: (input: string, key: Key) => boolean;
}

export function useQuestionView(): QuestionView {
  const [offset, setOffset] = useDraft<number | undefined>(undefined);
  const drawn = useRef({ top: 0, page: 1 }).current;
  const scrollKey = (input: string, key: Key) => {
    // Only the PgUp/PgDn keys: letters and space belong to the inputs.
    if (matches('pageDown', input, key, { typing: true })) setOffset(() => drawn.top + drawn.page);
    else if (matches('pageUp', input, key, { typing: true })) setOffset(() => Math.max(0, drawn.top - drawn.page));
    else {
      if (offset !== undefined) setOffset(() => undefined);
      return false;
    }
    return true;
  };
  return { offset, drawn, scrollKey };
}
