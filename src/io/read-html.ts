// Saved web pages (a browser's "Save page as"): Mozilla's Readability, the extractor behind Firefox's
// Reader View, finds the article in the page (title, byline, date, body without navigation) on a
// linkedom DOM. Both load here only, when `init` is given an .html file, so no other command pays for them.

export interface HtmlArticle {
  title: string;
  byline?: string;
  date?: string;
  /** The page's own address: its canonical link, its og:url, or the "saved from url" note a browser writes. */
  url?: string;
  /** The article as readquiz reads text: "# title", a blank line, then paragraphs separated by blank lines. */
  text: string;
}

/** Elements whose text is one paragraph of the article (when no such element is inside them). */
const BLOCKS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'TD',
  'TH',
  'CAPTION',
]);

interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

/** True when the page looks like HTML rather than text that merely mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body)\b/i.test(text);
}

export async function extractHtmlArticle(html: string): Promise<HtmlArticle> {
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const { document } = parseHTML(html);
  const metaDate =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.textContent?.trim() ??
    undefined;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+)\s*-->/i.exec(html)?.[1] ??
    undefined;
  const site = url && /^https?:\/\/\S+$/.test(url.trim()) ? { url: url.trim() } : {};
  // Readability rewrites the document it reads: take the page's own headline first.
  const h1 = clean(document.querySelector('h1')?.textContent ?? '');
  let parsed: ReturnType<InstanceType<typeof Readability>['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    // A page Readability cannot read: fall back to the text of its paragraphs below.
  }
  if (!parsed) {
    const body = (document as unknown as { body?: MiniNode }).body;
    const paragraphs: string[] = [];
    if (body) collect(body, paragraphs);
    const t = clean(
      document.querySelector('h1')?.textContent ?? document.querySelector('title')?.textContent ?? paragraphs[0] ?? '',
    );
    return { title: t, ...site, text: `${[`# ${t}`, ...paragraphs.filter((x) => x !== t)].join('\n\n')}\n` };
  }
  // The page's <title> often carries the site's name ("Story - Wikinews, the free news source"): the
  // page's own headline is the better title when the <title> starts with it.
  const pageTitle = clean(parsed?.title ?? document.querySelector('title')?.textContent ?? '');
  const title = h1 && pageTitle.startsWith(h1) ? h1 : pageTitle || h1;
  const paragraphs: string[] = [];
  if (parsed?.content) {
    const body = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document
      .body as unknown as MiniNode;
    collect(body, paragraphs);
  } else if (parsed?.textContent) {
    paragraphs.push(
      ...parsed.textContent
        .split(/\n\s*\n/)
        .map(clean)
        .filter(Boolean),
    );
  }
  // Readability repeats the headline as the body's first heading on some sites.
  while (paragraphs.length && clean(paragraphs[0]!) === title) paragraphs.shift();
  const byline = parsed?.byline ? clean(parsed.byline) : undefined;
  const date = parsed?.publishedTime ?? metaDate;
  return {
    title,
    ...(byline ? { byline } : {}),
    ...(date ? { date: clean(date) } : {}),
    ...site,
    text: `${[`# ${title}`, ...paragraphs].join('\n\n')}\n`,
  };
}

function collect(node: MiniNode, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    // A photo's caption is page furniture, in a page as in a paste (trial 10: "(Image credit: NOAA)").
    if (child.nodeName.toUpperCase() === 'FIGCAPTION') continue;
    if (BLOCKS.has(child.nodeName.toUpperCase()) && !hasBlockInside(child)) {
      const t = clean(child.textContent ?? '');
      if (t) out.push(t);
    } else collect(child, out);
  }
}

function hasBlockInside(node: MiniNode): boolean {
  return Array.from(node.childNodes).some(
    (c) => c.nodeType === 1 && (BLOCKS.has(c.nodeName.toUpperCase()) || hasBlockInside(c)),
  );
}

/** A page title often carries the site's name: "Story - Wikinews, the free news source". */
function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
