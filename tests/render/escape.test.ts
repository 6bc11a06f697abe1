// The escapers, checked by reading their output back the way each target does: any string survives
// the round trip and nothing in it can act as syntax.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ankiField,
  escapeAnkiCloze,
  escapeGift,
  escapeHtml,
  escapeMarkdown,
  escapeXml,
  neutraliseBidi,
  oneLine,
} from '../../src/render/escape.js';
import { pdfSafe } from '../../src/render/pdf.js';
import { HOSTILE } from './fixtures/quiz.js';
import { parseGift } from './helpers/gift.js';
import { parseXml, textOf } from './helpers/xml.js';

const anyText = fc.string({ unit: 'binary', maxLength: 60 });

describe('escapers', () => {
  it('XML: any text (controls dropped, bidi controls shown) reads back from an element and an attribute', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const el = parseXml(`<a t="${escapeXml(s)}">${escapeXml(s)}</a>`);
        const kept = neutraliseBidi(s).replace(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          '',
        );
        expect(textOf(el)).toBe(kept);
        expect(el.attrs.t).toBe(kept);
      }),
      { numRuns: 500 },
    );
    // The case a CI run found: an isolate control is shown as its escape, not dropped or obeyed.
    expect(textOf(parseXml(`<a>${escapeXml('\u2066')}</a>`))).toBe('\\u{2066}');
  });

  it('HTML: no tag, attribute quote or entity survives', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const e = escapeHtml(s);
        expect(e).not.toMatch(/[<>"']/);
        expect(e.replace(/&(amp|lt|gt|quot|#39|#x[0-9A-F]{1,2});/g, '')).not.toContain('&');
        // Control characters become references, so HTML printed to a terminal stays inert.
        expect(e).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
      }),
      { numRuns: 300 },
    );
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('\u001b]0;pwned\u0007')).toBe('&#x1B;]0;pwned&#x7;');
  });

  it("GIFT: any one-line text reads back through Moodle's unescaping, as question text and as an answer", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const t = oneLine(s).trim();
        fc.pre(t.length > 0 && !/^[[%]/.test(t) && !t.includes('->'));
        const [q] = parseGift(`::n::[plain]${escapeGift(t)} {=${escapeGift(t)} =x}`);
        expect(q!.text).toBe(t);
        expect(q!.answers[0]!.text).toBe(t);
      }),
      { numRuns: 500 },
    );
    expect(escapeGift('{=~#} a:b \\')).toBe('\\{\\=\\~\\#\\} a\\:b \\\\');
  });

  it('Markdown: every special character is backslash-escaped, and unescaping gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const e = escapeMarkdown(s);
        expect(e.replace(/\\[\\`*_[\]<>|~&#!$]/g, '')).not.toMatch(/[\\`*_[\]<>|~&#!$]/);
        expect(e.replace(/\\([\\`*_[\]<>|~&#!$])/g, '$1')).toBe(oneLine(s));
      }),
      { numRuns: 300 },
    );
  });

  it('Anki: a field holding tabs, quotes or newlines is quoted; a literal {{ cannot open a cloze', () => {
    expect(ankiField('plain')).toBe('plain');
    expect(ankiField('say "hi"\tthere')).toBe('"say ""hi""\tthere"');
    expect(ankiField('#not a comment')).toBe('"#not a comment"');
    expect(escapeAnkiCloze('{{c1::x}}')).not.toMatch(/\{\{|::|\}\}/);
  });

  it('PDF: text prints as written in the embedded Unicode font; controls and line breaks become spaces', () => {
    // The PDF embeds DejaVu (src/render/pdf.ts), so arrows, Polish letters and boxes are not folded to ASCII.
    expect(pdfSafe('“quote” – naïve → Łódź ☐ класс')).toBe('“quote” – naïve → Łódź ☐ класс');
    // A combining accent is composed (the fonts set text without shaping): e + U+0301 is é.
    expect(pdfSafe('Caf\u0065\u0301 →')).toBe('Caf\u00e9 →');
    expect(pdfSafe('a\tb\r\nc\u001bd\u0085e')).toBe('a b c d e');
    for (const h of HOSTILE) expect(pdfSafe(h)).toBe(h);
  });
});
