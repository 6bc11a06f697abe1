// The article, with numbered paragraphs, scrolled with the keys people expect from a pager.
import { useMemo } from 'react';
import { useKeys } from './use-keys.js';
import { hint, keyLabel, matches } from './keys.js';
import type { Article } from '../core/types.js';
import { blank, line, type Line } from './lines.js';
import { bodyTop, extra, footerLine, READING_MEASURE, screenLayout, scrollKey, type Layout } from './layout.js';
import type { FlowState } from '../core/quiz-flow.js';
import type { Size } from './use-terminal-size.js';
import { Frame } from './Frame.js';
import type { ScreenProps } from './screen-props.js';
import { safe } from './words.js';

export function articleLines(article: Article): Line[] {
  const out: Line[] = [];
  for (const b of article.blocks) {
    if (b.kind === 'title') continue;
    if (out.length > 0) out.push(blank);
    if (b.kind === 'heading') out.push(line({ text: safe(b.text), bold: true }));
    else {
      const label = `[${b.n}] `;
      out.push({ segs: [{ text: label, dim: true }, { text: safe(b.text) }], hang: label.length });
    }
  }
  return out;
}

/** The reading screen's layout: the article wrapped to the terminal (also drawn off screen to warm Ink up). */
export function readingLayout(article: Article, seed: string, returnTo: FlowState['returnTo'], size: Size): Layout {
  const back = returnTo !== undefined && returnTo !== 'start';
  const header = [
    line({ text: safe(article.title), bold: true, color: 'cyan' }),
    line({ text: 'Paragraphs are numbered [1], [2] ...', dim: true }),
  ];
  const toQuestion = returnTo === 'question';
  // One row of keys at 80 columns: the text gets every other row. The pager's keys as one entry, "top/end"
  // only where there is room, and the way back said in full.
  const scroll = `${keyLabel('scrollUp')}${keyLabel('scrollDown')} ${keyLabel('pageUp')}/${keyLabel('pageDown')} scroll`;
  const ends = `${keyLabel('top', { count: 2 }).split('/')[1]}/${keyLabel('bottom', { count: 2 }).split('/')[1]}`;
  const keys = [
    scroll,
    extra(`${ends} top/end`),
    toQuestion
      ? `${keyLabel('confirm')}/${keyLabel('cancel')} back to the question`
      : back
        ? hint('confirm', 'back')
        : hint('confirm', 'start the quiz'),
    hint('quit', 'quit'),
  ];
  return screenLayout(size, header, articleLines(article), footerLine(safe(seed), keys, 1), READING_MEASURE);
}

export function ReadingScreen({ state, act, size, article }: ScreenProps & { article: Article }) {
  const toQuestion = state.returnTo === 'question';
  // Wrapped once per size and way back, not on every scroll key.
  const layout = useMemo(
    () => readingLayout(article, state.quiz.seed, state.returnTo, size),
    [article, state.quiz.seed, state.returnTo, size.columns, size.rows],
  );
  const top = bodyTop(layout, state.scroll);
  useKeys((input, key) => {
    if (matches('confirm', input, key)) {
      act({ type: 'begin' });
      return;
    }
    // Opened from a question, Esc goes back to it (q still asks before stopping).
    if (toQuestion && matches('cancel', input, key)) {
      act({ type: 'close-article' });
      return;
    }
    if (matches('quit', input, key)) {
      if (state.returnTo === 'summary' || state.returnTo === 'review') act({ type: 'close-article' });
      else act({ type: 'quit-request' });
      return;
    }
    const next = scrollKey(input, key, top, layout);
    if (next !== undefined) act({ type: 'scroll', to: next, max: layout.maxTop });
  });
  return <Frame layout={layout} top={top} />;
}
