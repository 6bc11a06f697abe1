// The two contracts everything else stands on: the fact bank (what the article says) and the quiz
// (what the generator makes of it). The JSON Schemas in schema/ are generated from src/core/schemas.ts
// and must describe exactly these shapes.

/** Things the article names. Distractors are drawn from entities of the same kind. */
export type EntityKind = 'person' | 'organisation' | 'country' | 'city' | 'group' | 'other';

export interface Entity {
  id: string;
  kind: EntityKind;
  /** The name as the article writes it in full ("Olaf Scholz"). */
  name: string;
  /** Other ways the article (or a reader) refers to it: "Scholz", "the German Chancellor". */
  aliases?: string[];
  /** The role the article gives it ("German Chancellor"); only the article's words. */
  role?: string;
}

export type FactKind =
  | 'quantity'
  | 'set'
  | 'quote'
  | 'statement'
  | 'role'
  | 'action'
  | 'main-idea'
  | 'cause'
  | 'event'
  | 'stance'
  | 'inference'
  | 'vocabulary'
  | 'written';
export const FACT_KINDS: readonly FactKind[] = [
  'quantity',
  'set',
  'quote',
  'statement',
  'role',
  'action',
  'main-idea',
  'cause',
  'event',
  'stance',
  'inference',
  'vocabulary',
  'written',
];

/** What a question asks of a reader. Every question carries one. */
export type Skill = 'detail' | 'vocabulary' | 'main-idea' | 'cause-effect' | 'sequence' | 'stance' | 'inference';
export const SKILLS: readonly Skill[] = [
  'detail',
  'vocabulary',
  'main-idea',
  'cause-effect',
  'sequence',
  'stance',
  'inference',
];

interface FactBase {
  id: string;
  kind: FactKind;
  /** The article's sentence that proves the fact, verbatim. */
  evidence: string;
}

/** How precisely the article states a number ("up to 8,500", "just under an hour and a half"). */
export type Precision = 'exact' | 'up to' | 'just under' | 'about' | 'at least' | 'more than' | 'less than';

/** A number the article gives. */
export interface QuantityFact extends FactBase {
  kind: 'quantity';
  value: number;
  /** What the number counts, as a noun phrase: "soldiers the United States has placed on alert". */
  counts: string;
  /** Unit for display and grouping of distractors: "soldiers", "days", "minutes", "year". */
  unit: string;
  precision?: Precision;
  /** The number as the evidence writes it ("8,500", "five"); lets cloze and true/false edit the sentence. */
  text?: string;
  /** A natural question for it: "Up to how many soldiers has the United States placed on alert?" */
  question?: string;
  /** Accepted distance from `value` in numeric answers (default 0). */
  tolerance?: number;
}

/** A closed group the article lists, e.g. who took part in the videoconference. */
export interface SetFact extends FactBase {
  kind: 'set';
  /** What the members have in common, as a verb phrase: "took part in the videoconference". */
  about: string;
  /** Entity ids of the members the article names. */
  members: string[];
  /** Entity ids the article names that are NOT members: the preferred distractors. */
  nonMembers?: string[];
}

/** Exact words the article quotes, with who said them. */
export interface QuoteFact extends FactBase {
  kind: 'quote';
  /** The quoted words exactly as in the article, without the quotation marks. */
  text: string;
  /** Entity id of the speaker. */
  speaker: string;
  /** What the words were about: "the unity between Americans and Europeans". */
  about: string;
}

/** A false version of a statement: replace `replace` with `with`. Both must be article words. */
export interface Substitution {
  replace: string;
  with: string;
}

/** A claim the article makes, for true/false, with substitutions that would make it false. */
export interface StatementFact extends FactBase {
  kind: 'statement';
  /** The claim, restated as one plain sentence. */
  text: string;
  /** Each substitution turns `text` into a false claim. The first `replace` is also the cloze blank. */
  falsify?: Substitution[];
}

/** The role the article gives an entity ("German Chancellor" for Olaf Scholz). */
export interface RoleFact extends FactBase {
  kind: 'role';
  entity: string;
  role: string;
}

/** Something an entity did, demanded or decided: "demands a written commitment on ...". */
export interface ActionFact extends FactBase {
  kind: 'action';
  actor: string;
  /** Verb phrase in the present or past as the article has it: "decided to remove the families of ...". */
  action: string;
  /**
   * Other answers a reader would write for "Who ...?" that are not the actor's names, because they name
   * another entity too ("Ukraine" for the Ukrainian authorities, where Ukraine is also the country).
   */
  accept?: string[];
}

/** How a wrong summary misses the article's main idea. */
export type SummaryFlaw = 'too-narrow' | 'too-broad' | 'distorted';

/** The article's central point, with wrong summaries the bank's author wrote. */
export interface MainIdeaFact extends FactBase {
  kind: 'main-idea';
  /** The central point as one sentence. */
  text: string;
  /** Wrong summaries: one detail only, too general, or saying what the article does not. */
  wrong: { text: string; flaw: SummaryFlaw }[];
}

/** A reason, purpose or consequence the article gives. */
export interface CauseFact extends FactBase {
  kind: 'cause';
  /** What happened, as a clause: "the Europeans had seemed wary of the United States". */
  effect: string;
  /** Why, as the article gives it: "the increasingly tough rhetoric and decisions of the United States". */
  cause: string;
  /** reason (default): why it happened; purpose: what it was for; consequence: what it led to. */
  relation?: 'reason' | 'purpose' | 'consequence';
  /** A natural stem: "Why had the Europeans seemed wary before Monday's call?" */
  question?: string;
  /** Wrong answers the author wrote; more are drawn from the article's other causes. */
  wrong?: string[];
}

/** Something that happened, with its place in time (which need not be its place in the article). */
export interface EventFact extends FactBase {
  kind: 'event';
  /** What happened, as a short sentence. */
  text: string;
  /** Time order: 1 is the earliest; equal numbers are the same time (never asked against each other). */
  order: number;
  /** The article's words that date it ("on Monday", "previously"). */
  when?: string;
}

/** The side an actor takes on the article's question. */
export interface StanceFact extends FactBase {
  kind: 'stance';
  actor: string;
  /** Short label of the side: "raising the pressure on Russia", "urging calm". Facts with equal labels agree. */
  side: string;
  /** What the actor did that shows it: "called for not creating additional volatility". */
  position: string;
}

/** How certain the article is of a claim, or what it implies without saying it. */
export type Certainty = 'stated' | 'implied' | 'hedged' | 'reported';

/** A question whose answer the article implies, or whose answer is how certain a claim is. */
export interface InferenceFact extends FactBase {
  kind: 'inference';
  question: string;
  answer: string;
  /** Answers the article does not support, written by the author (two or more). */
  wrong: string[];
  certainty?: Certainty;
}

/** What a word means as the article uses it. */
export interface VocabularyFact extends FactBase {
  kind: 'vocabulary';
  word: string;
  meaning: string;
  /** The words of the evidence to show around the word, verbatim, when the sentence is long. */
  context?: string;
  /** Meanings that fit the sentence's grammar but not its sense (two or more). */
  wrong: string[];
}

/** A question the author writes whole, where no other kind fits. */
export interface WrittenFact extends FactBase {
  kind: 'written';
  skill: Skill;
  type: 'multiple-choice' | 'true-false' | 'short-answer';
  prompt: string;
  /** The right answer: an option's text, true or false, or the expected words. */
  answer: string | boolean;
  /** Multiple choice: the wrong options. */
  choices?: string[];
  /** Short answer: other wordings to accept. */
  accept?: string[];
  /**
   * True/false: the same claim turned the other way, with the opposite answer, so a quiz can ask either
   * and true/false stays a fair coin ("Russia took the moves calmly" / "Russia reacted angrily").
   */
  opposite?: string;
}

export type Fact =
  | QuantityFact
  | SetFact
  | QuoteFact
  | StatementFact
  | RoleFact
  | ActionFact
  | MainIdeaFact
  | CauseFact
  | EventFact
  | StanceFact
  | InferenceFact
  | VocabularyFact
  | WrittenFact;

export interface ArticleSource {
  /** Path of the article's text, relative to the bank file and inside its folder. */
  file: string;
  /** Lines that are page furniture, not article content (photo credits, comment forms). */
  exclude?: string[];
  url?: string;
  published?: string;
}

/** The bank as written in YAML. */
export interface BankFile {
  format: 'readquiz/bank@1';
  id: string;
  title: string;
  language?: string;
  article: ArticleSource;
  entities: Entity[];
  facts: Fact[];
}

/** A block of the article as readers see it. Paragraph numbers count paragraphs only, from 1. */
export interface ArticleBlock {
  kind: 'title' | 'heading' | 'paragraph';
  text: string;
  /** Paragraph number (paragraphs only). */
  n?: number;
  sentences?: string[];
}

export interface Article {
  title: string;
  blocks: ArticleBlock[];
}

/** A loaded bank: the file plus its parsed article and a content hash (for records). */
export interface Bank extends BankFile {
  articleText: Article;
  /** Hex FNV-1a of the bank source and article text: identifies the exact content graded. */
  contentHash: string;
}

// ---------------------------------------------------------------- quiz contract (readquiz/quiz@2)

export type QuestionType =
  'multiple-choice' | 'true-false' | 'multi-select' | 'numeric' | 'short-answer' | 'cloze' | 'matching' | 'ordering';

export const QUESTION_TYPES: readonly QuestionType[] = [
  'multiple-choice',
  'true-false',
  'multi-select',
  'numeric',
  'short-answer',
  'cloze',
  'matching',
  'ordering',
];

interface QuestionBase {
  /** Stable for a given bank and seed: `<factId>:<type>` (plus `:<variant>` in `--all` listings). */
  id: string;
  type: QuestionType;
  prompt: string;
  /** The fact asked about; for matching and ordering the first of `factIds`. */
  factId: string;
  /** Every fact the question uses (matching and ordering use several). */
  factIds: string[];
  factKind: FactKind;
  /** What the question asks of a reader. */
  skill: Skill;
  /** The article's sentence that proves the answer, verbatim: the first of `sources`. */
  evidence: string;
  /** Paragraph number of `evidence`. */
  paragraph: number;
  /** Every sentence the answer rests on, one per fact used, in article order, each with its own paragraph. */
  sources: Source[];
  points: number;
}

/** One article sentence a question rests on. */
export interface Source {
  factId: string;
  /** One sentence of the article, verbatim. */
  evidence: string;
  paragraph: number;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple-choice';
  choices: string[];
  answer: number;
  /** True when the prompt asks which option is NOT true; the prompt says NOT in capitals. */
  negated?: boolean;
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true-false';
  answer: boolean;
}

export interface MultiSelectQuestion extends QuestionBase {
  type: 'multi-select';
  choices: string[];
  answer: number[];
}

export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  answer: number;
  tolerance: number;
  /** Which side of `answer` the tolerance lies on: "just under 90" accepts 85 but not 95. Absent: both. */
  toleranceSide?: 'below' | 'above';
  unit: string;
}

export interface ShortAnswerQuestion extends QuestionBase {
  type: 'short-answer';
  answer: string;
  accept: string[];
}

export interface ClozeQuestion extends QuestionBase {
  type: 'cloze';
  answer: string;
  accept: string[];
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  left: string[];
  right: string[];
  /** For each `left` item, the index of its partner in `right`. */
  answer: number[];
}

export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  items: string[];
  /** Indices of `items` in the correct order. */
  answer: number[];
}

export type Question =
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | MultiSelectQuestion
  | NumericQuestion
  | ShortAnswerQuestion
  | ClozeQuestion
  | MatchingQuestion
  | OrderingQuestion;

export const QUIZ_FORMAT = 'readquiz/quiz@2';

export interface Quiz {
  format: typeof QUIZ_FORMAT;
  seed: string;
  bank: { id: string; title: string; contentHash: string };
  options: { count: number | 'all'; types: QuestionType[]; skills?: Skill[] };
  questions: Question[];
}

export interface GenerateOptions {
  seed: string;
  /** How many questions (default 10), or 'all' for every question the bank can produce. */
  count?: number | 'all';
  /** Restrict to these types (default: all types). */
  types?: readonly QuestionType[];
  /** Restrict to these skills (default: all skills). */
  skills?: readonly Skill[];
}
