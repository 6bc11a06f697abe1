// The article, with numbered paragraphs, scrolled with the keys people expect from a pager.
import { useKeys } from './use-keys.js';
import type { Article } from '../core/types.js';
import { blank, line, type Line } from './lines.js';
import { bodyTop, extra, footerLine, screenLayout, scrollKey } from './layout.js';
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

export function ReadingScreen({ state, act, size, article }: ScreenProps & { article: Article }) {
  const back = state.returnTo !== undefined && state.returnTo !== 'start';
  const header = [line({ text: safe(article.title), bold: true, color: 'cyan' }), line({ text: 'Paragraphs are numbered [1], [2] ...', dim: true })];
  const keys = ['↑↓ scroll', extra('PgUp/PgDn/space page'), extra('g/G top/end'), back ? 'Enter back' : 'Enter start the quiz', 'q quit'];
  const layout = screenLayout(size, header, articleLines(article), footerLine(safe(state.quiz.seed), keys));
  const top = bodyTop(layout, state.scroll);
  useKeys((input, key) => {
    if (key.return) {
      act({ type: 'begin' });
      return;
    }
    if (input === 'q' || key.escape) {
      if (state.returnTo === 'summary' || state.returnTo === 'review') act({ type: 'close-article' });
      else act({ type: 'quit-request' });
      return;
    }
    const next = scrollKey(input, key, top, layout);
    if (next !== undefined) act({ type: 'scroll', to: next, max: layout.maxTop });
  });
  return <Frame layout={layout} top={top} />;
}
