// The quiz output formats of `readquiz generate --format`, loaded lazily so a json run never loads
// yaml or pdfkit. Add a format by adding an entry here and a module exporting `render`.
import type { QuizRenderer } from './render-types.js';

export interface QuizFormat {
  description: string;
  /** File name extension for -o suggestions and folder outputs. */
  ext: string;
  /** Binary formats are never written to a terminal. */
  binary?: boolean;
  load(): Promise<QuizRenderer>;
}

export const QUIZ_FORMATS = {
  json: {
    description: 'the readquiz/quiz@2 contract (schema/quiz.schema.json)',
    ext: 'json',
    load: () => import('./json.js'),
  },
  yaml: { description: 'the same contract as YAML', ext: 'yaml', load: () => import('./yaml.js') },
  text: { description: 'a readable listing with answers and evidence', ext: 'txt', load: () => import('./text.js') },
  md: { description: 'a Markdown worksheet with the answers at the end', ext: 'md', load: () => import('./md.js') },
  gift: { description: 'Moodle GIFT (ordering becomes matching)', ext: 'gift', load: () => import('./gift.js') },
  'moodle-xml': {
    description: 'Moodle XML (ordering becomes matching)',
    ext: 'xml',
    load: () => import('./moodle-xml.js'),
  },
  qti: {
    description: 'a QTI 1.2 zip for Canvas and other LMSs (binary: use -o)',
    ext: 'zip',
    binary: true,
    load: () => import('./qti.js'),
  },
  anki: { description: 'Anki notes, tab-separated: Basic and Cloze', ext: 'txt', load: () => import('./anki.js') },
} satisfies Record<string, QuizFormat>;

export type QuizFormatName = keyof typeof QUIZ_FORMATS;
export const QUIZ_FORMAT_NAMES = Object.keys(QUIZ_FORMATS) as QuizFormatName[];
