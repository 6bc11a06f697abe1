// A GIFT reader for tests that follows Moodle's qformat_gift importer step by step (escapes, `::name::`,
// the first unescaped `{ ... }`, `####` general feedback, type detection, answers), and is stricter where
// Moodle would silently import something different from what was meant (e.g. a second answer block).

export interface GiftQuestion {
  name: string;
  format: string;
  text: string;
  type: 'multichoice' | 'truefalse' | 'shortanswer' | 'numerical' | 'match';
  answers: { text: string; weight: string }[];
  pairs: { left: string; right: string }[];
  generalFeedback: string;
}

const PLACE: [string, string][] = [
  ['\\:', '\u0001'],
  ['\\#', '\u0002'],
  ['\\=', '\u0003'],
  ['\\{', '\u0004'],
  ['\\}', '\u0005'],
  ['\\~', '\u0006'],
  ['\\n', '\u0007'],
];
const BACK: Record<string, string> = {
  '\u0001': ':',
  '\u0002': '#',
  '\u0003': '=',
  '\u0004': '{',
  '\u0005': '}',
  '\u0006': '~',
  '\u0007': '\n',
};

function pre(s: string): string {
  let out = s.split('\\\\').join('\u0008');
  for (const [from, to] of PLACE) out = out.split(from).join(to);
  return out.split('\u0008').join('\\');
}
const post = (s: string) => s.replace(/[\u0001-\u0007]/g, (c) => BACK[c]!);

function withFormat(s: string): { text: string; format: string } {
  const t = s.trim();
  const m = /^\[(html|moodle|plain|markdown)\]/.exec(t);
  return m ? { format: m[1]!, text: post(t.slice(m[0].length)).trim() } : { format: 'moodle', text: post(t).trim() };
}

export function parseGift(src: string): GiftQuestion[] {
  const blocks = src
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
  return blocks.map((block, bi) => {
    let text = pre(block);
    if (!text.startsWith('::')) throw new Error(`question ${bi + 1} does not start with ::name::\n${block}`);
    text = text.slice(2);
    const nameEnd = text.indexOf('::');
    if (nameEnd < 0) throw new Error(`question ${bi + 1}: unterminated ::name::`);
    const name = post(text.slice(0, nameEnd));
    text = text.slice(nameEnd + 2).trim();
    const open = text.indexOf('{');
    const close = text.indexOf('}');
    if (open < 0 || close < open) throw new Error(`question ${bi + 1}: no {answers}\n${block}`);
    if (text.indexOf('{', open + 1) >= 0 || text.indexOf('}', close + 1) >= 0)
      throw new Error(`question ${bi + 1}: unescaped brace outside the answers\n${block}`);
    let answerText = text.slice(open + 1, close).trim();
    const qtext = text.endsWith('}') ? text.slice(0, open) : `${text.slice(0, open)}_____${text.slice(close + 1)}`;
    let generalFeedback = '';
    const gf = answerText.lastIndexOf('####');
    if (gf >= 0) {
      generalFeedback = post(answerText.slice(gf + 4)).trim();
      answerText = answerText.slice(0, gf).trim();
    }
    const { text: qt, format } = withFormat(qtext);
    const q: GiftQuestion = { name, format, text: qt, type: 'shortanswer', answers: [], pairs: [], generalFeedback };
    if (answerText.startsWith('#')) {
      q.type = 'numerical';
      const m = /^#\s*(-?[0-9.eE+]+)\s*(?::\s*([0-9.eE+]+))?$/.exec(answerText);
      if (!m) throw new Error(`question ${bi + 1}: bad numerical answer ${answerText}`);
      q.answers.push({ text: m[1]!, weight: m[2] ?? '0' });
    } else if (answerText.includes('~')) {
      q.type = 'multichoice';
      for (const a of answerText
        .replace(/=/g, '~=')
        .split('~')
        .map((x) => x.trim())
        .filter(Boolean)) {
        const w = /^%(-?[0-9]{1,3}(?:\.[0-9]*)?)%/.exec(a);
        if (a.startsWith('=')) q.answers.push({ weight: '100', text: withFormat(a.slice(1).split('#')[0]!).text });
        else if (w) q.answers.push({ weight: w[1]!, text: withFormat(a.slice(w[0].length).split('#')[0]!).text });
        else q.answers.push({ weight: '0', text: withFormat(a.split('#')[0]!).text });
      }
    } else if (answerText.includes('=') && answerText.includes('->')) {
      q.type = 'match';
      for (const a of answerText
        .split('=')
        .map((x) => x.trim())
        .filter(Boolean)) {
        const at = a.indexOf('->');
        if (at < 0) throw new Error(`question ${bi + 1}: matching answer without ->: ${a}`);
        q.pairs.push({ left: withFormat(a.slice(0, at)).text, right: post(a.slice(at + 2)).trim() });
      }
    } else if (['T', 'TRUE', 'F', 'FALSE'].includes(answerText.split('#')[0]!.trim())) {
      q.type = 'truefalse';
      q.answers.push({ text: answerText.split('#')[0]!.trim(), weight: '100' });
    } else {
      for (const a of answerText
        .split('=')
        .map((x) => x.trim())
        .filter(Boolean))
        q.answers.push({ weight: '100', text: withFormat(a.split('#')[0]!).text });
    }
    return q;
  });
}
