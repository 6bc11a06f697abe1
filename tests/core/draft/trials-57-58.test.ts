// What trials 57 (VOA, China's debt relief for Africa) and 58 (Wikinews, Ireland's abortion referendum) found: a
// bare byline taken for the headline, captions left in, a Chinese given name as an alias, a state's long name read
// as a body, "39 of 40" drafted as two figures, votes with no noun, and a reason after "since" with no comma.
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

const draft = (lines: string[]) => draftBank(lines.join('\n'), { articleFile: 'a.txt' });

describe('trial 57: a VOA page', () => {
  const d = draft([
    'Skip to main content',
    '',
    'Africa',
    '',
    'China Offers Debt Relief, But Most African Countries Borrow Elsewhere',
    '',
    'Salem Solomon',
    '',
    'September 06, 2018',
    '',
    'Share',
    '',
    'Chinese President Xi Jinping, right, and Congo President Denis Sassou Nguesso listen to their national anthems during a welcoming ceremony inside the Great Hall of the People in Beijing, Sept. 5, 2018.',
    '',
    'Chinese President Xi Jinping announced debt relief for some African countries at a summit in Beijing this week. Xi said the relief would help the poorest nations.',
    '',
    'The Democratic Republic of Congo (DRC) owes China more than it owes any other lender, W. Gyude Moore said.',
    '',
  ]);

  it('takes the headline above a bare byline, and leaves the byline and an agency-dated caption out', () => {
    expect(d.bank.title).toBe('China Offers Debt Relief, But Most African Countries Borrow Elsewhere');
    expect(d.bank.article.exclude).toEqual(expect.arrayContaining(['Salem Solomon']));
    expect(JSON.stringify(allFacts(d))).not.toMatch(/Sassou Nguesso|national anthems/);
  });

  it('answers Xi Jinping as "Xi", never "Jinping"', () => {
    const xi = d.bank.entities.find((e) => e.name === 'Xi Jinping');
    expect(xi?.aliases ?? []).toContain('Xi');
    expect(xi?.aliases ?? []).not.toContain('Jinping');
  });

  it('reads "the Democratic Republic of Congo" as a country', () => {
    expect(d.bank.entities.find((e) => /Democratic Republic of Congo/.test(e.name))?.kind).toBe('country');
  });
});

describe('trial 58: a referendum', () => {
  const d = draft([
    'Ireland votes to overturn 35-year-old constitutional ban on abortion',
    '',
    "In the official result of Friday's referendum, officer Barry Ryan announced yesterday that voters favoured overturning the eighth amendment.",
    '',
    '66.4% (represented in green) citizens voted to repeal the 8th amendment, while 33.6% voted in favour of anti-abortion law.',
    'Turnout: 64.1%',
    'Image: acagastya. (CC BY 2.5)',
    '',
    'More than 2.1 million people voted on the referendum on Friday. With a 64.1% turnout, 1,429,981 voted in favour of eliminating the abortion ban while 723,632 voted to keep it.',
    '',
    '39 of 40 Irish constituencies voted in favour of repealing the law, while voters in only one constituency, Donegal, voted against.',
    '',
  ]);
  const quantity = (value: number) => allFacts(d).find((f) => f.kind === 'quantity' && f.value === value);

  it('leaves out every line of a caption block that ends in its credit', () => {
    expect(d.bank.article.exclude).toEqual(
      expect.arrayContaining([
        '66.4% (represented in green) citizens voted to repeal the 8th amendment, while 33.6% voted in favour of anti-abortion law.',
      ]),
    );
    expect(quantity(33.6)).toBeUndefined();
  });

  it('drafts "39 of 40" as one figure, asked of the whole, and the whole as none', () => {
    expect(quantity(39)).toMatchObject({
      unit: 'constituencies',
      question: 'How many of the 40 constituencies voted in favour of repealing the law?',
    });
    expect(quantity(40)).toBeUndefined();
  });

  it('counts people in a figure that votes, and asks of its own clause only', () => {
    expect(quantity(1429981)).toMatchObject({
      unit: 'people',
      question: 'How many people voted in favour of eliminating the abortion ban?',
    });
  });
});

describe('trial 58: a reason after "since" with no comma', () => {
  it('is a reason when a name and a verb of being follow, not when a day does', () => {
    expect(
      causeOf(
        'The midwife told Savita Halappanavar that a termination was not possible since Ireland was a "Catholic country".',
      ),
    ).toMatchObject({ cause: 'Ireland was a "Catholic country"', relation: 'reason' });
    expect(causeOf('The team has trained every day since Monday was a holiday for all.')).toBeUndefined();
  });
});

describe('trial 57: claims', () => {
  const d = draftArticle(
    'China offers debt relief',
    'Chinese loans make up just a small portion of Africa’s debt, W. Gyude Moore told VOA. Debt forgiveness is a small part of a much larger package announced at this year’s FOCAC, Moore said.',
    'China has forgiven loans before.',
    'That’s consistent with how China has dealt with debt forgiveness in the past.',
    'In Sri Lanka, China took over Hambantota Port and thousands of acres of surrounding land as part of a debt forgiveness package, raising concerns about sovereignty.',
  );
  const statements = d.bank.facts.filter((f) => f.kind === 'statement');

  it('swaps no outlet that only heard the words ("told VOA") into a claim', () => {
    const swaps = statements.flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    expect(swaps.some((x) => x.with === 'VOA')).toBe(false);
  });

  it('drafts no claim that opens on "That’s"', () => {
    expect(statements.some((f) => f.kind === 'statement' && /^That’s/.test(f.text))).toBe(false);
  });
});

describe('trial 57, again: a name draft', () => {
  it('keeps a short Chinese family name as the alias of a two-word name', () => {
    const d = draftArticle(
      'Telescope finished',
      'Senior party official Li Yuecheng said the move would help science.',
      'Li said it was a great day.',
    );
    const li = d.bank.entities.find((e) => e.name === 'Li Yuecheng');
    expect(li?.aliases ?? []).not.toContain('Yuecheng');
  });
});
