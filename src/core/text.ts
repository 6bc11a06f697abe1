// Text helpers shared by the article parser, lint, the generator and scoring. All pure.

/** Folds what a copy-paste changes: whitespace runs, typographic quotes and dashes, NBSP. */
export function foldForMatch(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\s\u00A0\u2009\u202F]+/g, ' ')
    .trim();
}

/**
 * A currency sign as news writes it before an amount, with a country's letters ("$", "US$", "HK$", "€", "£"):
 * a pattern source, one declaration for the drafter, the options and the scoring that read amounts.
 */
export const CURRENCY_MARK = '(?:US|AU|A|C|CA|NZ|HK|S)?[$€£]';

/** The number words from zero to nineteen, at their own index. */
export const UNIT_WORDS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];

const SMALL_NUMBER_WORDS = [...UNIT_WORDS, 'twenty'];

/** Units that are money: a figure of these is a sum ("10 million Swedish Kronor" counts kronor). */
export const CURRENCY_NAMES: ReadonlySet<string> = new Set(
  'dollars euros pounds kronor krona kroner yen yuan renminbi rupees rupiah pesos francs rand shillings naira won rubles roubles riyals dirhams lira'.split(
    ' ',
  ),
);
/** The words that scale a figure, largest first: "8 billion", "$1.2 million". */
export const SCALE_WORDS: readonly (readonly [number, 'trillion' | 'billion' | 'million'])[] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "8,500" for 8500; years (unit "year") stay bare: "1997". */
export function formatNumber(value: number, unit?: string): string {
  // A calendar year reads without a comma ("2014"); a span of years past four digits with one ("300,000,000
  // years", retrial 56 printed "300000000 years").
  if ((unit === 'year' || unit === 'years') && Math.abs(value) < 10000) return String(value);
  // "8 billion dollars", as the article writes the sum, not "8,000,000,000 dollars" (retrial 70's answer key).
  // Past a billion, any unit: "5.39 trillion tons" reads, "5,390,000,000,000 tons" does not (trial 83).
  if ((unit && CURRENCY_NAMES.has(unit.toLowerCase()) && Math.abs(value) >= 1e6) || Math.abs(value) >= 1e9) {
    for (const [scale, word] of SCALE_WORDS) {
      const n = value / scale;
      if (Math.abs(n) >= 1 && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6) return `${Number(n.toFixed(2))} ${word}`;
    }
  }
  const [int, frac] = String(Math.abs(value)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (value < 0 ? '-' : '') + grouped + (frac ? `.${frac}` : '');
}

/** The number written the way `like` writes one: a word when `like` is a word ("five"), digits otherwise. */
export function formatLike(value: number, like: string | undefined, unit?: string): string {
  if (
    like &&
    /^[a-z]+$/i.test(like.trim()) &&
    Number.isInteger(value) &&
    value >= 0 &&
    value < SMALL_NUMBER_WORDS.length
  ) {
    const word = SMALL_NUMBER_WORDS[value]!;
    return like[0] === like[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
  }
  return formatNumber(value, unit);
}

/** The tens written as words: "sixty" is 60. */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * A whole number from two to ninety-nine in words, as an article may write it: numberInWords(50) -> ['fifty'],
 * numberInWords(25) -> ['twenty-five', 'twenty five']; none for others ("one" is as often no figure at all).
 */
export function numberInWords(value: number): string[] {
  if (!Number.isInteger(value) || value < 2 || value > 99) return [];
  if (value < 20) return [UNIT_WORDS[value]!];
  const tens = Object.keys(TENS_WORDS).find((w) => TENS_WORDS[w] === value - (value % 10))!;
  return value % 10 === 0 ? [tens] : [`${tens}-${UNIT_WORDS[value % 10]}`, `${tens} ${UNIT_WORDS[value % 10]}`];
}

export function wordToNumber(word: string): number | undefined {
  const i = SMALL_NUMBER_WORDS.indexOf(word.toLowerCase());
  return i >= 0 ? i : undefined;
}

/** A number word's value, up to twenty or a ten: tensOrSmallNumber('sixty') -> 60 ("sixty-two" is two words' worth). */
export function tensOrSmallNumber(word: string): number | undefined {
  return wordToNumber(word) ?? TENS_WORDS[word.toLowerCase()];
}

/** Options are lettered a, b, c ... (past z they are numbered), on screen, on paper and in typed answers. */
export const OPTION_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function optionLetter(i: number): string {
  return OPTION_LETTERS[i] ?? String(i + 1);
}

/** The index of the option a single lower-case letter names, or -1. */
export function optionIndex(letter: string): number {
  return letter.length === 1 ? OPTION_LETTERS.indexOf(letter) : -1;
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every quotation mark of `text` has its pair: straight marks even, curly ones as many closing as opening. A straight
 * mark after a digit is inches ('a 12" valve'), no quotation's.
 *
 *   marksPaired('what he termed a "marathon election"') -> true
 */
export function marksPaired(text: string): boolean {
  return (
    (text.match(/(?<!\d)"/g) ?? []).length % 2 === 0 &&
    (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length
  );
}
