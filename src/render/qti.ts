// QTI 1.2 for Canvas (and other LMSs that read IMS QTI 1.2): a zip holding imsmanifest.xml and one
// assessment, with Canvas's question_type metadata per item. Ordering becomes matching (item -> position),
// reported as a warning. Question texts are HTML in Canvas, so bank text is HTML-escaped, then XML-escaped.
import { citations } from '../core/sources.js';
import { acceptedRange } from '../core/numeric-range.js';
import { strToU8, zipSync } from 'fflate';
import { fnv1a } from '../core/hash.js';
import type { Bank, Question, Quiz } from '../core/types.js';
import { escapeHtml, escapeXml as x } from './escape.js';
import type { RenderResult } from './render-types.js';
import { Conversions, orderingAsMatching } from './worksheet/convert.js';

const htmlText = (s: string) =>
  `<material><mattext texttype="text/html">${x(`<div><p>${escapeHtml(s)}</p></div>`)}</mattext></material>`;
const plainText = (s: string) => `<material><mattext texttype="text/plain">${x(s)}</mattext></material>`;

function meta(type: string, points: number, id: string, skill: string): string {
  const field = (label: string, entry: string) =>
    `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${x(entry)}</fieldentry></qtimetadatafield>`;
  return `<itemmetadata><qtimetadata>${field('question_type', type)}${field('points_possible', String(q2(points)))}${field('original_answer_ids', '')}${field('assessment_question_identifierref', id)}${field('readquiz_skill', skill)}</qtimetadata></itemmetadata>`;
}
const q2 = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

const SCORE_DECL = '<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>';
const GENERAL_FB =
  '<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>';
const setScore = '<setvar action="Set" varname="SCORE">100</setvar>';

function choices(labels: string[]): string {
  return `<render_choice>${labels.map((l, i) => `<response_label ident="c${i}">${plainText(l)}</response_label>`).join('')}</render_choice>`;
}

function itemXml(q: Question, ident: string, conv: Conversions): string {
  let type: string;
  let presentation: string;
  let processing: string;
  switch (q.type) {
    case 'multiple-choice':
      type = 'multiple_choice_question';
      presentation = `<response_lid ident="response1" rcardinality="Single">${choices(q.choices)}</response_lid>`;
      processing = `<respcondition continue="No"><conditionvar><varequal respident="response1">c${q.answer}</varequal></conditionvar>${setScore}</respcondition>`;
      break;
    case 'true-false':
      type = 'true_false_question';
      presentation = `<response_lid ident="response1" rcardinality="Single">${choices(['True', 'False'])}</response_lid>`;
      processing = `<respcondition continue="No"><conditionvar><varequal respident="response1">c${q.answer ? 0 : 1}</varequal></conditionvar>${setScore}</respcondition>`;
      break;
    case 'multi-select': {
      type = 'multiple_answers_question';
      presentation = `<response_lid ident="response1" rcardinality="Multiple">${choices(q.choices)}</response_lid>`;
      const conds = q.choices.map((_, i) =>
        q.answer.includes(i)
          ? `<varequal respident="response1">c${i}</varequal>`
          : `<not><varequal respident="response1">c${i}</varequal></not>`,
      );
      processing = `<respcondition continue="No"><conditionvar><and>${conds.join('')}</and></conditionvar>${setScore}</respcondition>`;
      break;
    }
    case 'numeric': {
      type = 'numerical_question';
      presentation =
        '<response_str ident="response1" rcardinality="Single"><render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib></response_str>';
      // 0.7 + 0.1 is 0.7999999999999999 in floating point; an LMS reading the bound literally would refuse 0.8.
      const { lo, hi } = acceptedRange(q);
      processing = `<respcondition continue="No"><conditionvar><or><varequal respident="response1">${q.answer}</varequal><and><vargte respident="response1">${lo}</vargte><varlte respident="response1">${hi}</varlte></and></or></conditionvar>${setScore}</respcondition>`;
      break;
    }
    case 'short-answer':
    case 'cloze': {
      // Canvas calls this type "fill in the blank"; a cloze keeps its blank in the text.
      type = 'short_answer_question';
      presentation =
        '<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>';
      const answers = [q.answer, ...q.accept.filter((a) => a !== q.answer)];
      processing = `<respcondition continue="No"><conditionvar>${answers.map((a) => `<varequal respident="response1">${x(a)}</varequal>`).join('')}</conditionvar>${setScore}</respcondition>`;
      break;
    }
    case 'matching': {
      type = 'matching_question';
      const right = `<render_choice>${q.right.map((r, j) => `<response_label ident="r${j}">${plainText(r)}</response_label>`).join('')}</render_choice>`;
      presentation = q.left
        .map((l, i) => `<response_lid ident="response_l${i}">${plainText(l)}${right}</response_lid>`)
        .join('');
      const share = Number((100 / q.left.length).toFixed(2));
      processing = q.left
        .map(
          (_, i) =>
            `<respcondition><conditionvar><varequal respident="response_l${i}">r${q.answer[i]}</varequal></conditionvar><setvar varname="SCORE" action="Add">${share}</setvar></respcondition>`,
        )
        .join('');
      break;
    }
    case 'ordering':
      conv.note(q, 'exported as matching (each item -> its position): Canvas QTI has no ordering type');
      return itemXml(orderingAsMatching(q), ident, new Conversions('qti'));
  }
  const feedback = `<itemfeedback ident="general_fb"><flow_mat><material><mattext texttype="text/html">${x(
    `<p>${citations(q, (t) => t)
      .map((c) => escapeHtml(c))
      .join('</p><p>')}</p>`,
  )}</mattext></material></flow_mat></itemfeedback>`;
  return (
    `<item ident="${ident}" title="${x(q.id)}">${meta(type, q.points, ident, q.skill)}` +
    `<presentation>${htmlText(q.prompt)}${presentation}</presentation>` +
    `<resprocessing>${SCORE_DECL}${GENERAL_FB}${processing}</resprocessing>${feedback}</item>`
  );
}

/** The assessment XML and its manifest, as text (exported for tests). */
export function qtiFiles(quiz: Quiz): {
  assessmentId: string;
  assessment: string;
  manifest: string;
  warnings: string[];
} {
  const conv = new Conversions('qti');
  // Identifiers must be XML names; they derive from the bank and seed so the same quiz gives the same zip.
  const base = `rq_${quiz.bank.id.replace(/[^A-Za-z0-9_-]/g, '_')}_${fnv1a(`${quiz.bank.contentHash}\u0000${quiz.seed}\u0000${quiz.questions.map((q) => q.id).join(',')}`)}`;
  const assessmentId = `${base}_assessment`;
  const items = quiz.questions.map((q, i) => itemXml(q, `${base}_q${i + 1}`, conv));
  const title = `${quiz.bank.title} (seed ${quiz.seed})`;
  const assessment = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">',
    `<assessment ident="${assessmentId}" title="${x(title)}">`,
    '<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>',
    '<section ident="root_section">',
    ...items,
    '</section>',
    '</assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${base}_manifest" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">`,
    `<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>`,
    '<organizations/>',
    '<resources>',
    `<resource identifier="${base}_resource" type="imsqti_xmlv1p2" href="${assessmentId}/${assessmentId}.xml"><file href="${assessmentId}/${assessmentId}.xml"/></resource>`,
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
  return { assessmentId, assessment, manifest, warnings: conv.warnings() };
}

// Zip entries carry a modification time; a fixed one keeps the zip byte-identical for the same quiz.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

export function render(quiz: Quiz, _bank?: Bank): RenderResult {
  const { assessmentId, assessment, manifest, warnings } = qtiFiles(quiz);
  const data = zipSync(
    {
      'imsmanifest.xml': [strToU8(manifest), { mtime: FIXED_MTIME }],
      [`${assessmentId}/${assessmentId}.xml`]: [strToU8(assessment), { mtime: FIXED_MTIME }],
    },
    { level: 6 },
  );
  return { data, warnings };
}
