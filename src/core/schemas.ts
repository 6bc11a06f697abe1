// The JSON Schemas of the bank and quiz files. These objects are the source of truth: the build writes
// them to schema/*.schema.json (a test checks the files are current), and validate.ts interprets the bank
// schema at run time, so editors, lint and the loader can never disagree.

import { ATTEMPT_STATUSES } from './attempt-record.js';
import { FACT_KINDS, SKILLS } from './types.js';

const FACT_KIND_NAMES = FACT_KINDS.slice();
const SKILL_NAMES = SKILLS.slice();
const id = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9-]*$',
  maxLength: 80,
  description: 'Lower-case letters, digits and dashes.',
};
// `pattern: \S`: whitespace alone is not text (the loader says "expected non-empty text").
const text = (description: string, maxLength = 2000) => ({
  type: 'string',
  minLength: 1,
  maxLength,
  pattern: '\\S',
  description,
});
const evidence = text(
  "The article's sentence that proves the fact, verbatim (whitespace and typographic quotes may differ).",
  4000,
);
const entityRef = {
  type: 'string',
  pattern: id.pattern,
  maxLength: 80,
  description: 'The id of an entity in this bank.',
};

function fact(kind: string, description: string, properties: Record<string, unknown>, required: string[]) {
  return {
    type: 'object',
    description,
    additionalProperties: false,
    required: ['id', 'kind', 'evidence', ...required],
    properties: { id, kind: { const: kind }, evidence, ...properties },
  };
}

export const bankSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://readquiz.dev/schema/bank.schema.json',
  title: 'readquiz fact bank',
  description: 'Facts taken from one news article, each with the sentence that proves it. Only what the article says.',
  type: 'object',
  additionalProperties: false,
  required: ['format', 'id', 'title', 'article', 'entities', 'facts'],
  properties: {
    $schema: { type: 'string', description: 'Optional pointer to this schema, for editors.' },
    format: { const: 'readquiz/bank@1', description: 'The bank format and its major version.' },
    id,
    title: text('The title shown to readers; usually the headline.', 300),
    language: {
      type: 'string',
      pattern: '^[a-z]{2}(-[A-Z]{2})?$',
      description: 'BCP 47 language of the article, e.g. en.',
    },
    article: {
      type: 'object',
      additionalProperties: false,
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          pattern: '^[^/\\\\][^\\\\]*$',
          description: "The article's text file, relative to the bank, inside the bank's folder.",
        },
        exclude: {
          type: 'array',
          maxItems: 100,
          items: text(
            'A line of page furniture to leave out (photo credit, comment form); matches a line or its start.',
            1000,
          ),
        },
        url: { type: 'string', maxLength: 2000, description: 'Where the article was published.' },
        published: { type: 'string', maxLength: 40, description: 'Publication date as the source gives it.' },
      },
    },
    entities: {
      type: 'array',
      maxItems: 2000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'name'],
        properties: {
          id,
          kind: {
            enum: ['person', 'organisation', 'country', 'city', 'group', 'other'],
            description: 'Distractors are drawn from entities of the same kind.',
          },
          name: text('The name as the article writes it in full.', 200),
          aliases: {
            type: 'array',
            maxItems: 50,
            items: text('Another name the article uses for it; accepted in typed answers.', 200),
          },
          role: text('The role the article gives it, in its words.', 300),
        },
      },
    },
    facts: {
      type: 'array',
      minItems: 1,
      maxItems: 5000,
      items: {
        type: 'object',
        required: ['kind'],
        discriminator: { propertyName: 'kind' },
        oneOf: [
          { $ref: '#/$defs/quantity' },
          { $ref: '#/$defs/set' },
          { $ref: '#/$defs/quote' },
          { $ref: '#/$defs/statement' },
          { $ref: '#/$defs/role' },
          { $ref: '#/$defs/action' },
          { $ref: '#/$defs/main-idea' },
          { $ref: '#/$defs/cause' },
          { $ref: '#/$defs/event' },
          { $ref: '#/$defs/stance' },
          { $ref: '#/$defs/inference' },
          { $ref: '#/$defs/vocabulary' },
          { $ref: '#/$defs/written' },
        ],
      },
    },
  },
  $defs: {
    quantity: fact(
      'quantity',
      'A number the article gives.',
      {
        value: { type: 'number', description: 'The number, in `unit`s.' },
        counts: text('What it counts, as a noun phrase: "soldiers the United States has placed on alert".', 300),
        unit: text('Unit for display and distractors: soldiers, days, minutes, year.', 40),
        precision: {
          enum: ['exact', 'up to', 'just under', 'about', 'at least', 'more than', 'less than'],
          description: 'How precisely the article states it.',
        },
        text: text('The number as the evidence writes it ("8,500", "five").', 80),
        question: text(
          'A natural question whose answer is the number. With one, the number is asked only by it (multiple choice or typed), never as a blank in its sentence; without one, also as that blank when the evidence writes the number.',
          300,
        ),
        tolerance: {
          type: 'number',
          minimum: 0,
          description: 'Accepted distance from value in numeric answers (default 0).',
        },
      },
      ['value', 'counts', 'unit'],
    ),
    set: fact(
      'set',
      'A closed group the article lists, e.g. who took part in a meeting.',
      {
        about: text('What the members share, as a verb phrase: "took part in the videoconference".', 300),
        members: { type: 'array', minItems: 1, maxItems: 100, items: entityRef },
        nonMembers: {
          type: 'array',
          maxItems: 100,
          items: entityRef,
          description: 'Entities the article names that are not members: preferred distractors.',
        },
      },
      ['about', 'members'],
    ),
    quote: fact(
      'quote',
      'Exact words the article quotes, and who said them.',
      {
        text: text('The quoted words exactly, without quotation marks.', 1000),
        speaker: entityRef,
        about: text(
          'What the words were about. Asked only of a quote of one or two words ("Which word did X use about ...?"); for a longer quote any short phrase does (init writes "what X said").',
          300,
        ),
      },
      ['text', 'speaker', 'about'],
    ),
    statement: fact(
      'statement',
      'A claim the article makes, for true/false and cloze.',
      {
        text: text('The claim as one plain sentence.', 1000),
        falsify: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['replace', 'with'],
            properties: {
              replace: text('Words of `text` to replace (the first one is also the cloze blank).', 300),
              with: text('What makes the claim false; words the article uses elsewhere.', 300),
            },
          },
        },
      },
      ['text'],
    ),
    role: fact(
      'role',
      'The role the article gives an entity.',
      {
        entity: entityRef,
        role: text('The role, in the article\'s words: "German Chancellor".', 300),
      },
      ['entity', 'role'],
    ),
    action: fact(
      'action',
      'Something an entity did, demanded or decided.',
      {
        actor: entityRef,
        action: text('Verb phrase: "decided to remove the families of diplomats stationed in Kiev".', 500),
        accept: {
          type: 'array',
          maxItems: 20,
          items: text(
            'Another answer a reader would write for "Who ...?" that cannot be an alias because it names another entity too ("Ukraine" for the Ukrainian authorities).',
            200,
          ),
        },
      },
      ['actor', 'action'],
    ),
    'main-idea': fact(
      'main-idea',
      'The article\'s central point, for "Which sentence best sums up the article?".',
      {
        text: text('The central point as one sentence, in your words, saying only what the article says.', 500),
        wrong: {
          type: 'array',
          minItems: 2,
          maxItems: 10,
          description: 'Wrong summaries you write, each of a known kind.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['text', 'flaw'],
            properties: {
              text: text('A summary a careless reader might pick.', 500),
              flaw: {
                enum: ['too-narrow', 'too-broad', 'distorted'],
                description:
                  'too-narrow: one detail only; too-broad: true of many articles; distorted: says what the article does not.',
              },
            },
          },
        },
      },
      ['text', 'wrong'],
    ),
    cause: fact(
      'cause',
      'A reason, purpose or consequence the article gives, for "Why ...?".',
      {
        effect: text('What happened, as a clause: "the Europeans had seemed wary of the United States".', 500),
        cause: text(
          'Why, as the article gives it: "the increasingly tough rhetoric and decisions of the United States".',
          500,
        ),
        relation: {
          enum: ['reason', 'purpose', 'consequence'],
          description: 'reason (default): why it happened; purpose: what it was for; consequence: what it led to.',
        },
        question: text(
          'A natural question whose answer is the cause: "Why had the Europeans seemed wary?". Without it: "According to the article, what is the reason that <effect>?".',
          300,
        ),
        wrong: {
          type: 'array',
          maxItems: 10,
          items: text(
            'A wrong answer: a claim of the article that is not the reason. With two or more, only these are offered; with fewer, other causes of the article fill in; with one in all, the reason is asked as true or false (the other set in its place).',
            500,
          ),
        },
      },
      ['effect', 'cause'],
    ),
    event: fact(
      'event',
      'Something that happened, with its place in time, for ordering and "What happened first?". A question on it needs two later events on other sentences, one of them told before it: in an article told in time order, the order of the telling would give the answer away, so ask the sequence there as a written question.',
      {
        text: text('What happened, as a short sentence.', 500),
        order: {
          type: 'integer',
          minimum: 1,
          description: 'Time order: 1 is the earliest; equal numbers happened at the same time or in no known order.',
        },
        when: text('The article\'s words that date it ("on Monday", "previously").', 200),
      },
      ['text', 'order'],
    ),
    stance: fact(
      'stance',
      'The side an actor takes on the article\'s question, for "Which of these urged calm?". "Who took this side" needs four actors the bank puts on other sides (its wrong options); "Select all who ..." needs four actors in all, one at least on another side. In a one-sided story, ask the stance as a written question with skill: stance.',
      {
        actor: entityRef,
        side: text(
          'The side, as a verb phrase shared by the facts on it: "urged calm", "raised the pressure on Russia".',
          200,
        ),
        position: text('What the actor did that shows it: "called on him not to dramatize".', 500),
      },
      ['actor', 'side', 'position'],
    ),
    inference: fact(
      'inference',
      'What the article implies, or how certain it is of a claim.',
      {
        question: text('The question: "Has the United States decided to send the 8,500 soldiers?".', 300),
        answer: text('The answer the article supports: "No: the deployment is only possible".', 500),
        wrong: {
          type: 'array',
          minItems: 2,
          maxItems: 10,
          items: text('An answer the article does not support.', 500),
        },
        certainty: {
          enum: ['stated', 'implied', 'hedged', 'reported'],
          description: 'How the article holds the claim: says it, implies it, hedges it, or reports it from a source.',
        },
      },
      ['question', 'answer', 'wrong'],
    ),
    vocabulary: fact(
      'vocabulary',
      'What a word means as the article uses it.',
      {
        word: text('The word or phrase as the evidence writes it.', 100),
        context: text(
          'The part of the evidence to show around the word, verbatim, when the whole sentence is too long for a question (quotation marks are left out when shown).',
          500,
        ),
        meaning: text('Its meaning in this sentence.', 300),
        wrong: {
          type: 'array',
          minItems: 2,
          maxItems: 10,
          items: text('A meaning that fits the grammar of the sentence but not its sense.', 300),
        },
      },
      ['word', 'meaning', 'wrong'],
    ),
    written: fact(
      'written',
      'A question you write whole, where no other kind fits.',
      {
        skill: {
          enum: ['detail', 'vocabulary', 'main-idea', 'cause-effect', 'sequence', 'stance', 'inference'],
          description: 'What the question asks of a reader.',
        },
        type: { enum: ['multiple-choice', 'true-false', 'short-answer'], description: 'The question type.' },
        prompt: text('The question (or, for true-false, the statement).', 500),
        answer: {
          oneOf: [{ type: 'string', minLength: 1 }, { type: 'boolean' }],
          description: "The right option's text, true or false, or the expected words.",
        },
        choices: { type: 'array', maxItems: 10, items: text('A wrong option (multiple choice).', 500) },
        accept: { type: 'array', maxItems: 20, items: text('Another wording to accept (short answer).', 300) },
        opposite: text(
          'True/false: the same claim turned the other way, whose answer is the opposite of answer; a quiz then asks either, so true/false stays a fair coin.',
          500,
        ),
      },
      ['skill', 'type', 'prompt', 'answer'],
    ),
  },
} as const;

const questionBase = {
  id: { type: 'string', minLength: 1 },
  type: { type: 'string' },
  prompt: { type: 'string', minLength: 1 },
  factId: { type: 'string', minLength: 1 },
  factIds: { type: 'array', minItems: 1, items: { type: 'string' } },
  factKind: { enum: FACT_KIND_NAMES },
  skill: { enum: SKILL_NAMES, description: 'What the question asks of a reader.' },
  evidence: {
    type: 'string',
    minLength: 1,
    description: "The article's sentence proving the answer, verbatim: the first of sources.",
  },
  paragraph: { type: 'integer', minimum: 1, description: 'The paragraph of evidence.' },
  sources: {
    type: 'array',
    minItems: 1,
    description: 'Every sentence the answer rests on, one per fact used, in article order.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['factId', 'evidence', 'paragraph'],
      properties: {
        factId: { type: 'string', minLength: 1 },
        evidence: { type: 'string', minLength: 1, description: 'One article sentence, verbatim.' },
        paragraph: { type: 'integer', minimum: 1 },
      },
    },
  },
  points: { type: 'number', minimum: 0 },
};
const baseRequired = [
  'id',
  'type',
  'prompt',
  'factId',
  'factIds',
  'factKind',
  'skill',
  'evidence',
  'paragraph',
  'sources',
  'points',
];

function question(type: string, properties: Record<string, unknown>, required: string[]) {
  return {
    type: 'object',
    additionalProperties: false,
    required: [...baseRequired, ...required],
    properties: { ...questionBase, type: { const: type }, ...properties },
  };
}

const choices = { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } };
const indexList = { type: 'array', items: { type: 'integer', minimum: 0 } };

export const quizSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://readquiz.dev/schema/quiz.schema.json',
  title: 'readquiz quiz (readquiz/quiz@2)',
  description: 'A generated quiz. Same bank, seed, options and major version give the same file, byte for byte.',
  type: 'object',
  additionalProperties: false,
  required: ['format', 'seed', 'bank', 'options', 'questions'],
  properties: {
    format: {
      const: 'readquiz/quiz@2',
      description: '@2: questions carry skill and sources; evidence is one sentence.',
    },
    seed: { type: 'string', description: 'Pass it back as --seed to regenerate this quiz.' },
    bank: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title', 'contentHash'],
      properties: {
        id: { type: 'string' },
        title: { type: 'string' },
        contentHash: { type: 'string', pattern: '^[0-9a-f]{8}$' },
      },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['count', 'types'],
      properties: {
        count: { oneOf: [{ type: 'integer', minimum: 1 }, { const: 'all' }] },
        types: { type: 'array', items: { type: 'string' } },
        skills: {
          type: 'array',
          items: { enum: SKILL_NAMES },
          description: 'The skills asked for with --skills (absent: all).',
        },
      },
    },
    questions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type'],
        discriminator: { propertyName: 'type' },
        oneOf: [
          { $ref: '#/$defs/multiple-choice' },
          { $ref: '#/$defs/true-false' },
          { $ref: '#/$defs/multi-select' },
          { $ref: '#/$defs/numeric' },
          { $ref: '#/$defs/short-answer' },
          { $ref: '#/$defs/cloze' },
          { $ref: '#/$defs/matching' },
          { $ref: '#/$defs/ordering' },
        ],
      },
    },
  },
  $defs: {
    'multiple-choice': question(
      'multiple-choice',
      { choices, answer: { type: 'integer', minimum: 0 }, negated: { type: 'boolean' } },
      ['choices', 'answer'],
    ),
    'true-false': question('true-false', { answer: { type: 'boolean' } }, ['answer']),
    'multi-select': question('multi-select', { choices, answer: indexList }, ['choices', 'answer']),
    numeric: question(
      'numeric',
      {
        answer: { type: 'number' },
        tolerance: { type: 'number', minimum: 0 },
        toleranceSide: {
          enum: ['below', 'above'],
          description: 'The tolerance lies on this side of answer only ("just under 90"); absent: both sides.',
        },
        unit: { type: 'string' },
      },
      ['answer', 'tolerance', 'unit'],
    ),
    'short-answer': question(
      'short-answer',
      { answer: { type: 'string', minLength: 1 }, accept: { type: 'array', items: { type: 'string' } } },
      ['answer', 'accept'],
    ),
    cloze: question(
      'cloze',
      { answer: { type: 'string', minLength: 1 }, accept: { type: 'array', items: { type: 'string' } } },
      ['answer', 'accept'],
    ),
    matching: question('matching', { left: choices, right: choices, answer: indexList }, ['left', 'right', 'answer']),
    ordering: question('ordering', { items: choices, answer: indexList }, ['items', 'answer']),
  },
} as const;

/** One line of a `readquiz take --record FILE` file (JSON Lines), as `readquiz stats` reads it. */
export const attemptSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://readquiz.dev/schema/attempt.schema.json',
  title: 'readquiz attempt record (readquiz/attempt@1)',
  description: 'One attempt at a quiz in the terminal; the quiz itself is regenerated from bank, seed and options.',
  type: 'object',
  additionalProperties: false,
  required: ['format', 'seed', 'bank', 'options', 'strict', 'startedAt', 'finishedAt', 'answers', 'score'],
  properties: {
    format: { const: 'readquiz/attempt@1' },
    seed: { type: 'string' },
    bank: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'contentHash'],
      properties: { id: { type: 'string' }, contentHash: { type: 'string', pattern: '^[0-9a-f]{8}$' } },
    },
    options: quizSchema.properties.options,
    strict: { type: 'boolean', description: 'True when --strict turned every leniency off.' },
    round: {
      type: 'integer',
      minimum: 1,
      description:
        '1 for the quiz as drawn; 2, 3 ... for a round retrying the questions missed, which item analysis leaves out (absent in older records: 1).',
    },
    startedAt: { type: 'string', description: 'ISO 8601 time the round started.' },
    finishedAt: { type: 'string', description: 'ISO 8601 time the round ended.' },
    answers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['questionId', 'type', 'factKind', 'response', 'status', 'points', 'max', 'ms'],
        properties: {
          questionId: { type: 'string' },
          type: {
            enum: [
              'multiple-choice',
              'true-false',
              'multi-select',
              'numeric',
              'short-answer',
              'cloze',
              'matching',
              'ordering',
            ],
          },
          factKind: { enum: FACT_KIND_NAMES },
          response: {
            description:
              'The answer as given: typed text, an option index, true/false, picks, pairs or an order; null when not answered.',
            oneOf: [
              { type: 'string' },
              { type: 'number' },
              { type: 'boolean' },
              { type: 'array', items: { type: 'integer' } },
              { type: 'null' },
            ],
          },
          status: {
            enum: ATTEMPT_STATUSES,
            description:
              'unanswered: shown and left without an answer; not-reached: never shown, the round was stopped first (older records say unanswered for both).',
          },
          points: { type: 'number', minimum: 0 },
          max: { type: 'number', minimum: 0 },
          ms: { type: 'number', minimum: 0, description: 'From the question showing to the answer.' },
        },
      },
    },
    score: {
      type: 'object',
      additionalProperties: false,
      required: ['points', 'max'],
      properties: { points: { type: 'number', minimum: 0 }, max: { type: 'number', minimum: 0 } },
    },
  },
} as const;
