// What the review screen shows, as styled lines (a pure function of the state): the guess's notes, its
// sentence with the words it rests on marked, the fields the draft guessed, lint problems with their fix,
// and a question it would make; or the picker, the kinds, the delete question, the end screen.
import { entityLabel, referencesTo, type FieldView } from '../../core/review/fields.js';
import { fixFor } from '../../core/review/fix.js';
import type { ReviewInsight, ReviewState } from '../../core/review/model.js';
import { sentenceOf } from '../../core/review/sentence.js';
import {
  currentEntry,
  currentFields,
  pickerEntities,
  progressOf,
  restCount,
} from '../../core/review/review-reducer.js';
import type { Question } from '../../core/types.js';
import { fieldSegs } from '../TextQuestion.js';
import { blank, line, type Line, type Seg } from '../lines.js';
import { rightAnswer, safe, TYPE_LABEL } from '../words.js';

export interface ReviewView {
  header: Line[];
  body: Line[];
  /** Body lines to keep in view: [from, to). */
  focus?: [number, number];
}

function valueText(state: ReviewState, f: FieldView): string {
  const v = f.value;
  if (v === undefined) return '(none)';
  if (f.type === 'ref') return `${safe(String(v))} · ${safe(entityLabel(state.bank, v))}`;
  if (f.type === 'refs' && Array.isArray(v))
    return v.map((id) => safe(entityLabel(state.bank, id))).join(', ') || '(none)';
  if (f.type === 'texts' && Array.isArray(v)) return v.map((x) => safe(String(x))).join(' | ');
  if (Array.isArray(v))
    return v
      .map((o) =>
        o && typeof o === 'object'
          ? Object.entries(o)
              .map(([k, x]) => `${k}: ${safe(String(x))}`)
              .join(', ')
          : safe(String(o)),
      )
      .join(' ; ');
  if (v && typeof v === 'object') return safe(JSON.stringify(v));
  return safe(String(v));
}

/** The sentence with marked words: inverse (shows without colour too). */
function markedSegs(text: string, marks: { start: number; end: number }[]): Seg[] {
  const segs: Seg[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) segs.push({ text: safe(text.slice(at, m.start)) });
    segs.push({ text: safe(text.slice(m.start, m.end)), inverse: true, bold: true });
    at = m.end;
  }
  if (at < text.length) segs.push({ text: safe(text.slice(at)) });
  return segs;
}

function questionLines(q: Question, label: string): Line[] {
  const out: Line[] = [
    line({ text: `${label} (${TYPE_LABEL[q.type]}):`, dim: true }),
    { segs: [{ text: safe(q.prompt), bold: true }], indent: 2, hang: 2 },
  ];
  const opts =
    q.type === 'multiple-choice' || q.type === 'multi-select'
      ? q.choices
      : q.type === 'ordering'
        ? q.items
        : q.type === 'matching'
          ? q.left.map((l, i) => `${l} = ${q.right[i]}`)
          : [];
  opts
    .slice(0, 6)
    .forEach((o, i) =>
      out.push({ segs: [{ text: `${String.fromCharCode(97 + i)}) ${safe(o)}` }], indent: 4, hang: 7 }),
    );
  out.push({
    segs: [
      { text: 'Answer: ', dim: true },
      { text: safe(rightAnswer(q)), color: 'green' },
    ],
    indent: 2,
    hang: 4,
  });
  return out;
}

function itemLines(state: ReviewState, insight: ReviewInsight): ReviewView {
  const e = currentEntry(state)!;
  const fields = currentFields(state);
  const kind =
    e.item.list === 'facts' ? `fact · ${safe(String(e.value.kind))}` : `entity · ${safe(String(e.value.kind))}`;
  const header: Line[] = [line({ text: safe(String(e.value.id)), bold: true }, { text: `  ${kind}`, dim: true })];
  // The notes say what to check: they stay in view (the header does not scroll).
  for (const n of e.item.notes)
    header.push({
      segs: [
        { text: '? ', color: 'yellow', bold: true },
        { text: safe(n), color: 'yellow' },
      ],
      hang: 2,
    });
  // Lint problems with the notes, above what scrolls: they are what the author must act on first.
  const problems = insight.problemsOf(state.bank, state.article, e.item.list, e.index);
  if (problems.length > 0) {
    for (const pr of problems) {
      header.push({
        segs: [
          {
            text: pr.severity === 'error' ? '✘ ' : '! ',
            color: pr.severity === 'error' ? 'red' : 'yellow',
            bold: true,
          },
          {
            text: `${pr.field ? `${safe(pr.field)}: ` : ''}${safe(pr.message)}`,
            color: pr.severity === 'error' ? 'red' : 'yellow',
          },
        ],
        hang: 2,
      });
    }
    const fix = e.item.list === 'facts' ? fixFor(state.article, e.value) : undefined;
    if (fix)
      header.push({
        segs: [{ text: 'f ', bold: true, color: 'cyan' }, { text: `${fix.label}: “${safe(String(fix.value))}”` }],
        indent: 2,
        hang: 4,
      });
  }
  const body: Line[] = [];
  if (e.item.notes.length === 0)
    body.push(line({ text: e.item.status === 'accepted' ? '✔ accepted' : 'no # check: on this one', dim: true }));
  if (e.item.status === 'accepted' && e.item.notes.length > 0) body.push(line({ text: '✔ accepted', color: 'green' }));
  const s = sentenceOf(state.bank, state.article, e.item.list, e.value);
  if (body.length > 0) body.push(blank);
  if (s) {
    body.push(
      line({
        text: s.paragraph ? `The article, paragraph ${s.paragraph}:` : 'The evidence (not found in the article):',
        dim: true,
      }),
    );
    body.push({ segs: [{ text: '“' }, ...markedSegs(s.text, s.marks), { text: '”' }], indent: 2, hang: 3 });
  } else body.push(line({ text: 'The article does not name it.', dim: true }));
  body.push(blank);
  body.push(line({ text: 'The draft guessed:', dim: true }));
  const width = Math.min(12, Math.max(0, ...fields.map((f) => f.name.length)) + 1);
  let focus: [number, number] | undefined;
  const mode = state.mode;
  fields.forEach((f, i) => {
    const sel = i === state.field;
    const mark: Seg = { text: sel ? '› ' : '  ', color: 'cyan', bold: true };
    const name: Seg = { text: `${safe(f.name).padEnd(width)} `, bold: sel, dim: !sel };
    if (sel) focus = [body.length, body.length + 1];
    if (sel && mode.type === 'edit') {
      body.push({ segs: [mark, name, ...fieldSegs({ text: mode.text, cursor: mode.cursor })], hang: 2 + width + 1 });
      if (f.description) body.push({ segs: [{ text: safe(f.description), dim: true }], indent: 4, hang: 4 });
      body.push({
        segs: [
          {
            text: `${f.type === 'texts' ? 'several: separate with | · ' : ''}Ctrl+U clears · Enter saves · Esc keeps the old value${f.required ? '' : ' · empty removes it'}`,
            dim: true,
          },
        ],
        indent: 4,
        hang: 4,
      });
      if (mode.problem) body.push({ segs: [{ text: safe(mode.problem), color: 'red' }], indent: 4, hang: 4 });
      focus = [focus![0], body.length];
    } else {
      body.push({ segs: [mark, name, { text: valueText(state, f), bold: sel }], hang: 2 + width + 1 });
    }
  });
  if (mode.type === 'pick') {
    const list = pickerEntities(state);
    const start = body.length;
    body.push({
      segs: [
        { text: `${mode.multi ? 'Pick' : 'Choose'} ${safe(mode.field)}: `, bold: true },
        ...fieldSegs({ text: mode.filter, cursor: [...mode.filter].length }),
      ],
      hang: 2,
    });
    if (list.length === 0) body.push(line({ text: '  no entity matches what you typed', dim: true }));
    const from = Math.max(0, Math.min(mode.cursor - 3, list.length - 7));
    list.slice(from, from + 7).forEach((ent, k) => {
      const i = from + k;
      const on = i === mode.cursor;
      const box = mode.multi ? (mode.chosen.includes(ent.id) ? '[x] ' : '[ ] ') : '';
      body.push({
        segs: [
          { text: on ? '› ' : '  ', color: 'cyan', bold: true },
          { text: `${box}${safe(ent.name)}`, inverse: on },
          { text: ` ${safe(ent.kind)}${ent.role ? `, ${safe(ent.role)}` : ''}`, dim: true },
        ],
        hang: 4,
      });
    });
    if (list.length > 7) body.push(line({ text: `  ${list.length} match; type to narrow`, dim: true }));
    focus = [start, body.length];
  }
  if (mode.type === 'choose') {
    const start = body.length;
    const f = fields.find((x) => x.name === mode.field);
    body.push({
      segs: [
        { text: `${safe(mode.field)}: `, bold: true },
        {
          text:
            mode.field === 'kind' && e.item.list === 'entities'
              ? 'wrong options are drawn from entities of the same kind'
              : safe(f?.description ?? ''),
          dim: true,
        },
      ],
      hang: 2,
    });
    mode.options.forEach((o, i) =>
      body.push({
        segs: [
          { text: i === mode.cursor ? '› ' : '  ', color: 'cyan', bold: true },
          { text: safe(o), inverse: i === mode.cursor },
          { text: o === e.value[mode.field] ? '  (now)' : '', dim: true },
        ],
      }),
    );
    focus = [start, body.length];
  }
  if (mode.type === 'confirm-delete') {
    const start = body.length;
    body.push(blank);
    body.push({
      segs: [
        { text: `Delete ${safe(String(e.value.id))}? `, bold: true, color: 'red' },
        { text: mode.facts.length ? `These facts name it and go too: ${mode.facts.map(safe).join(', ')}.` : '' },
      ],
      hang: 2,
    });
    if (mode.lists.length)
      body.push({ segs: [{ text: `It is also taken out of ${mode.lists.map(safe).join(', ')}.` }], hang: 2 });
    focus = [start, body.length];
  }
  // A question it would make.
  body.push(blank);
  const factIds =
    e.item.list === 'facts'
      ? [String(e.value.id)]
      : [
          ...new Set(
            referencesTo(state.bank, String(e.value.id)).single.concat(
              referencesTo(state.bank, String(e.value.id)).lists.map((l) => l.index),
            ),
          ),
        ].map((i) => String(state.bank.facts[i]!.id));
  if (e.item.list === 'entities')
    body.push(
      line({
        text: factIds.length
          ? `Named in ${factIds.length} fact${factIds.length === 1 ? '' : 's'}: ${factIds.map(safe).join(', ')}`
          : 'No fact names it: it serves as a wrong option for its kind.',
        dim: true,
      }),
    );
  const preview = factIds[0] ? insight.previewQuestion(state.bank, state.article, factIds[0]) : undefined;
  if (preview?.question) {
    body.push(...questionLines(preview.question, e.item.list === 'facts' ? 'It would ask' : `${factIds[0]} would ask`));
    if (preview.types.length > 1)
      body.push({
        segs: [
          {
            text: `also as: ${preview.types
              .slice(1)
              .map((t) => TYPE_LABEL[t])
              .join(', ')}`,
            dim: true,
          },
        ],
        indent: 2,
        hang: 4,
      });
  } else if (preview?.why)
    body.push({ segs: [{ text: `No question yet: ${safe(preview.why)}`, color: 'yellow' }], hang: 2 });
  return { header, body, focus };
}

function endLines(state: ReviewState, insight: ReviewInsight): ReviewView {
  const sum = insight.summarize(state.bank, state.article);
  const p = progressOf(state);
  const header: Line[] = [line({ text: 'Review done: the bank is saved', bold: true })];
  const body: Line[] = [];
  if (state.message) body.push(line({ text: safe(state.message), dim: true }), blank);
  body.push({
    segs: [
      { text: `${p.checked} of ${p.guesses} guesses checked`, bold: true },
      { text: p.checked < p.guesses ? `; ${p.guesses - p.checked} still carry a # check:` : '' },
    ],
    hang: 2,
  });
  const rest = restCount(state);
  if (rest > 0)
    body.push({
      segs: [
        { text: `${rest} entities and facts had no # check:`, dim: true },
        { text: '; r goes through them too', dim: true },
      ],
      hang: 2,
    });
  if (state.elsewhere.length)
    body.push({
      segs: [
        {
          text: `${state.elsewhere.length} # check: outside entities and facts ${state.elsewhere.length === 1 ? 'is' : 'are'} left: ${state.elsewhere.map(safe).join(', ')}`,
          color: 'yellow',
        },
        { text: ' (edit the file)', dim: true },
      ],
      hang: 2,
    });
  body.push({
    segs: [
      { text: 'The bank now makes ' },
      { text: `${sum.questions} question${sum.questions === 1 ? '' : 's'}`, bold: true },
      { text: ` from ${sum.facts} facts and ${sum.entities} entities.` },
    ],
    hang: 2,
  });
  if (sum.groups.length)
    body.push({
      segs: [
        { text: sum.groupedBy === 'skill' ? 'Skills: ' : 'Types: ', dim: true },
        { text: sum.groups.map((g) => `${g.name} ${g.count}`).join(', ') },
      ],
      hang: 2,
    });
  body.push(
    sum.errors === 0
      ? line({ text: '✔ it lints: no errors', color: 'green' })
      : {
          segs: [
            { text: `✘ ${sum.errors} lint error${sum.errors === 1 ? '' : 's'} left`, color: 'red' },
            { text: ' (the facts concerned are not counted; b goes back to them, readquiz lint lists them)' },
          ],
          hang: 2,
        },
  );
  if (sum.why) body.push({ segs: [{ text: safe(sum.why), color: 'yellow' }], hang: 2 });
  if (sum.sample.length > 0) {
    body.push(blank, line({ text: `A sample quiz (seed ${sum.seed}):`, dim: true }));
    sum.sample.forEach((q, i) => {
      body.push({ segs: [{ text: `${i + 1}. `, bold: true }, { text: safe(q.prompt) }], hang: 3 });
      body.push({
        segs: [
          { text: `${TYPE_LABEL[q.type]} · `, dim: true },
          { text: safe(rightAnswer(q)), color: 'green' },
        ],
        indent: 3,
        hang: 3,
      });
    });
  }
  return { header, body };
}

export function reviewView(state: ReviewState, insight: ReviewInsight): ReviewView {
  if (state.mode.type === 'end' || !currentEntry(state)) return endLines(state, insight);
  return itemLines(state, insight);
}

/** "12 of 30 checked" (and the others under review, once offered). */
export function progressText(state: ReviewState): string {
  const p = progressOf(state);
  return `${p.checked} of ${p.guesses} checked${p.others ? ` · ${p.othersDone} of ${p.others} others` : ''}`;
}
