// YAML readquiz writes (quiz exports, drafted banks) never holds DEL, C1 controls, line/paragraph separators
// or bidi controls raw: the yaml library writes them as they are, and other YAML parsers reject DEL and C1.
// Strings holding one are double-quoted, where the character is then written as a \uXXXX escape.
import { isScalar, visit, type Document, type ToStringOptions } from 'yaml';
import { jsonSafe } from './escape.js';

const RAW = /[\u007F-\u009F\u2028\u2029\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;

export function safeYamlText(doc: Document, options: ToStringOptions): string {
  let found = false;
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && RAW.test(node.value)) {
        node.type = 'QUOTE_DOUBLE';
        found = true;
      }
    },
  });
  const text = doc.toString(options);
  // Comments may quote the text too: there a \uXXXX is just visible text.
  return found || RAW.test(text) ? jsonSafe(text) : text;
}
