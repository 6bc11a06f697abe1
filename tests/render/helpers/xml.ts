// A strict, minimal XML 1.0 reader for tests (no dependency): it throws on anything not well-formed
// (unbalanced or mismatched tags, bad names, unquoted or duplicate attributes, raw '<' or a bare '&',
// unknown entities, text outside the root) and returns the tree with entities decoded.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;\s&<]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new Error(`bare '&' near offset ${at}`);
    if (body in ENTITIES) return ENTITIES[body]!;
    const num = /^#x([0-9a-fA-F]+)$/.exec(body) ?? /^#([0-9]+)$/.exec(body);
    if (num) return String.fromCodePoint(parseInt(num[1]!, body[1] === 'x' ? 16 : 10));
    throw new Error(`unknown entity &${body}; near offset ${at}`);
  });
}

export function parseXml(src: string): XmlElement {
  let i = 0;
  if (src.startsWith('<?xml')) {
    const end = src.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  const skipMisc = () => {
    for (;;) {
      while (i < src.length && /\s/.test(src[i]!)) i++;
      if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i + 4);
        if (end < 0) throw new Error('unterminated comment');
        if (src.slice(i + 4, end).includes('--')) throw new Error("'--' inside a comment");
        i = end + 3;
      } else return;
    }
  };
  const parseElement = (): XmlElement => {
    if (src[i] !== '<') throw new Error(`expected '<' at ${i}`);
    i++;
    const name = NAME.exec(src.slice(i))?.[0];
    if (!name) throw new Error(`bad tag name at ${i}`);
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /^\s*/.exec(src.slice(i))![0].length;
      i += ws;
      if (src.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [] };
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      if (ws === 0) throw new Error(`expected space before attribute at ${i}`);
      const an = NAME.exec(src.slice(i))?.[0];
      if (!an) throw new Error(`bad attribute name at ${i}`);
      i += an.length;
      const m = /^\s*=\s*(["'])/.exec(src.slice(i));
      if (!m) throw new Error(`attribute ${an} without a quoted value at ${i}`);
      i += m[0].length;
      const end = src.indexOf(m[1]!, i);
      if (end < 0) throw new Error('unterminated attribute value');
      const raw = src.slice(i, end);
      if (raw.includes('<')) throw new Error(`'<' in attribute ${an}`);
      if (an in attrs) throw new Error(`duplicate attribute ${an}`);
      attrs[an] = decode(raw, i);
      i = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      if (i >= src.length) throw new Error(`<${name}> is not closed`);
      if (src.startsWith('</', i)) {
        i += 2;
        const close = NAME.exec(src.slice(i))?.[0];
        if (close !== name) throw new Error(`</${close}> closes <${name}>`);
        i += close.length;
        i += /^\s*/.exec(src.slice(i))![0].length;
        if (src[i] !== '>') throw new Error(`bad closing tag ${name}`);
        i++;
        return { name, attrs, children };
      }
      if (src.startsWith('<!--', i)) {
        skipMisc();
        continue;
      }
      if (src.startsWith('<![CDATA[', i)) {
        const end = src.indexOf(']]>', i);
        if (end < 0) throw new Error('unterminated CDATA');
        children.push(src.slice(i + 9, end));
        i = end + 3;
        continue;
      }
      if (src[i] === '<') {
        children.push(parseElement());
        continue;
      }
      const next = src.indexOf('<', i);
      const raw = src.slice(i, next < 0 ? src.length : next);
      if (raw.includes(']]>')) throw new Error("']]>' in text");
      children.push(decode(raw, i));
      i += raw.length;
    }
  };
  skipMisc();
  const root = parseElement();
  skipMisc();
  if (i !== src.length) throw new Error(`content after the root element at ${i}`);
  return root;
}

export function textOf(el: XmlElement | string): string {
  return typeof el === 'string' ? el : el.children.map(textOf).join('');
}

export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c !== 'string') {
        if (c.name === name) out.push(c);
        walk(c);
      }
    }
  };
  walk(el);
  return out;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}
