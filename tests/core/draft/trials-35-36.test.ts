// What trial 36 (Wikinews, Somalia's parliament keeps its prime minister) found: a list with a final comma
// read as a second clause, a deed running into another subject's clause, a middle name used alone, a militia
// made a person, "Since" of time read as a reason, a quotation split by "told X," drafted twice.
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 36', () => {
  const d = draftArticle(
    'Somali parliament rejects dismissal',
    'Somalia’s parliament voted on Monday to keep the prime minister, blocking President Abdullahi Yusuf Ahmed’s attempt to dismiss him.',
    'President Yusuf announced his motion on Sunday.',
    'Fighting between troops from Ethiopia, the African Union, and the UN has killed thousands of Somalis.',
    'The UN issued a statement condemning the dispute, and demonstrators gathered in the streets of Mogadishu.',
    'A spokesman for Al-Shabaab said the group would fight on.',
    '"The government is working," Hussein told the news agency, "and since last year it has been stronger."',
  );
  const all = allFacts(d);

  it('reads "Yusuf" as the president, and Al-Shabaab as a body', () => {
    expect(d.bank.entities.filter((e) => /Yusuf/.test(e.name)).map((e) => e.name)).toEqual(['Abdullahi Yusuf Ahmed']);
    expect(d.bank.entities.find((e) => e.name === 'Al-Shabaab')?.kind ?? 'organisation').not.toBe('person');
  });

  it("gives no deed to the last name of a list, and cuts a deed before another subject's clause", () => {
    const actions = all.flatMap((f) => (f.kind === 'action' ? [f.action] : []));
    expect(actions.filter((a) => /has killed/.test(a))).toEqual([]);
    expect(actions).toContain('issued a statement condemning the dispute');
  });

  it('drafts one quote of a quotation split by "told the news agency,"', () => {
    expect(all.filter((f) => f.kind === 'quote' && /^and since/.test(f.text))).toEqual([]);
  });

  it('reads "Since the fall of ..." as a time, not a reason', () => {
    expect(
      causeOf('Since the fall of the Islamic Courts Union, the government has struggled to control the capital.'),
    ).toBeUndefined();
  });
});

describe('trial 35', () => {
  it('reads a given name of two parts ("Fei-Fei Jin") as a person, and a source line opened by its authors as furniture', async () => {
    const { isFurniture } = await import('../../../src/core/draft/furniture.js');
    const d = draftArticle(
      'Atlantic warming drives Pacific trends',
      'His colleague cauthor Fei-Fei Jin adds, "The Atlantic has warmed three times faster."',
      'Shayne McGregor, who led the study, said the models had missed it.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Fei-Fei Jin')?.kind).toBe('person');
    expect(
      isFurniture(
        'Shayne McGregor, Axel Timmermann, Malte F. Stuecker, Matthew H. England, Mark Merrifield, Fei-Fei Jin, Yoshimitsu Chikamoto. "Recent Walker circulation strengthening and Pacific cooling amplified by Atlantic warming" — Nature Climate Change, August 3, 2014',
      ),
    ).toBe(true);
  });
});

describe('trial 36: days make events, not swaps', () => {
  it('swaps no weekday in a false version, drafts no "between the two", and orders the days as events', () => {
    const d = draftArticle(
      'Somali parliament rejects dismissal',
      'Monday, December 15, 2008',
      'Somalia’s parliament overwhelmingly voted Monday to keep Nur Hassan Hussein as prime minister, blocking the president’s attempt to dismiss him.',
      'President Yusuf announced his motion to dismiss Hussein on Sunday, saying his government was weak.',
      'Hussein, whom Yusuf appointed little more than a year ago, had previously survived a vote of no confidence in September.',
      'The latest dispute between the two involved efforts to reconcile with the opposition.',
    );
    const all = allFacts(d);
    const swaps = all.flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []).map((x) => x.with) : []));
    expect(swaps.filter((w) => /day$/.test(w))).toEqual([]);
    expect(all.some((f) => f.kind === 'quantity' && f.value === 2)).toBe(false);
    const events = all.flatMap((f) => (f.kind === 'event' ? [[f.text, f.order]] : []));
    expect(events).toEqual(
      expect.arrayContaining([
        ['Hussein had previously survived a vote of no confidence', 1],
        ['President Yusuf announced his motion to dismiss Hussein', 2],
      ]),
    );
  });
});
