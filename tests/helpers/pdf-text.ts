// Reads a PDF as a person would read it, in JavaScript (unpdf, a build of Mozilla's pdf.js): the text of
// each page in drawing order, the page sizes and the document's title. No poppler needed, so the PDF
// tests run wherever `npm install` does.
import { getDocumentProxy } from 'unpdf';

export interface PdfText {
  /** Each page's text: lines as drawn, words spaced where the PDF leaves a gap. */
  pages: string[];
  /** Each page's [width, height] in points (A4 is 595.28 x 841.89, Letter 612 x 792). */
  sizes: [number, number][];
  title: string | undefined;
  /** Each page's pieces of text with their type size in points, in drawing order. */
  runs: { str: string; size: number }[][];
}

interface TextItem {
  str: string;
  width: number;
  hasEOL: boolean;
  transform: number[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const meta = await pdf.getMetadata();
    const pages: string[] = [];
    const sizes: [number, number][] = [];
    const runs: { str: string; size: number }[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      sizes.push([round2(x1 - x0), round2(y1 - y0)]);
      const items = (await page.getTextContent()).items.filter((i) => 'str' in i) as unknown as TextItem[];
      let text = '';
      let prev: TextItem | undefined;
      for (const item of items) {
        if (prev && !prev.hasEOL) {
          const sameLine = Math.abs(item.transform[5]! - prev.transform[5]!) < 1;
          const gap = item.transform[4]! - (prev.transform[4]! + prev.width);
          if (!sameLine) text += '\n';
          else if (Math.abs(gap) > 0.5 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' '; // a gap, or a jump back
        }
        text += item.str + (item.hasEOL ? '\n' : '');
        prev = item;
      }
      pages.push(text);
      runs.push(items.map((i) => ({ str: i.str, size: round2(Math.hypot(i.transform[0]!, i.transform[1]!)) })));
    }
    const info = meta.info as { Title?: string };
    return { pages, sizes, title: info.Title, runs };
  } finally {
    await pdf.destroy();
  }
}
