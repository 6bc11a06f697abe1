// What trials 32 (Wikinews, the Annapolis Conference) and 33 (Wikinews, an earthquake off Sumatra) found: a
// caption with no credit, a pull quote a blank line above its attribution and bracketed in the body, a denied
// reason, lists after a passive or "particularly in", a person "of" a body, a city named by an apposition.
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { readLayout } from '../../../src/core/draft/furniture.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 32', () => {
  it('leaves out a caption that places people "(left)" and "(right)", and a pull quote the body gives with a bracket', () => {
    const layout = readLayout(
      [
        'Statement released after Annapolis Conference',
        '',
        'Wednesday, November 28, 2007',
        '',
        'George W. Bush reads the joint statement, flanked by Ehud Olmert (left) and Mahmoud Abbas (right).',
        '',
        'A joint statement was released on Tuesday at the end of the Annapolis Conference in the United States.',
        '',
        'It’s going to be hard, but you had support in that room that you had not had from Arab states in the past.',
        '',
        '—Condoleezza Rice',
        '',
        'Rice felt the conference was a success. "It’s going to be hard, but you had support in that room [in Annapolis] that you had not had from Arab states in the past," she said.',
      ].join('\n'),
    );
    expect(layout.furniture).toEqual(
      expect.arrayContaining([
        'George W. Bush reads the joint statement, flanked by Ehud Olmert (left) and Mahmoud Abbas (right).',
        'It’s going to be hard, but you had support in that room that you had not had from Arab states in the past.',
        '—Condoleezza Rice',
      ]),
    );
  });

  it('reads no reason that the sentence denies ("not because ...")', () => {
    expect(
      causeOf('The Arabs have come here not because they love the Jews or even the Palestinians.'),
    ).toBeUndefined();
  });
});

describe('trial 33', () => {
  const d = draftArticle(
    'Massive earthquake hits Indonesia',
    'The quake was felt in Banda Aceh, the provincial capital, where people fled their homes.',
    'The watch was lifted for Myanmar, Australia and Malaysia later in the day.',
    'Smith Dhamasoroja, of the National Disaster Warning Center Foundation, predicted that a tsunami would not reach Thailand.',
  );

  it('reads a person "of" a body and a city its apposition names as a place', () => {
    expect(d.bank.entities.find((e) => e.name === 'Smith Dhamasoroja')?.kind).toBe('person');
    expect(d.bank.entities.find((e) => e.name === 'Banda Aceh')?.kind ?? 'none').not.toBe('person');
  });

  it('keeps a list after a passive ("The watch was lifted for") waiting for what its members share', () => {
    expect(d.bank.facts.some((f) => f.kind === 'set')).toBe(false);
    expect(allFacts(d).some((f) => f.kind === 'set')).toBe(true);
  });
});

describe('trial 33: false versions that would be true', () => {
  it('swaps in no place the article says the same thing of, and exchanges no "X and south Y"', () => {
    const d = draftArticle(
      'Massive earthquake hits Indonesia',
      'Kolkata and its surrounding areas felt tremors on Wednesday afternoon.',
      'Earlier, the tremors were felt as far away as Bangkok in Thailand and south India, particularly in Bangalore.',
      'In Chennai, the city council met to discuss the flooding of the harbour.',
    );
    const swaps = allFacts(d).flatMap((f) =>
      f.kind === 'statement' ? (f.falsify ?? []).map((x) => `${x.replace} -> ${x.with}`) : [],
    );
    expect(swaps.filter((x) => /^Kolkata -> Bangkok/.test(x))).toEqual([]);
    expect(swaps.filter((x) => /Thailand and south India/.test(x))).toEqual([]);
  });
});

describe('trial 34: Irish titles, parties and members of parliament', () => {
  it('reads "Taoiseach Bertie Ahern", "Party MP Jeffrey Donaldson" and a name with a plural verb', () => {
    const d = draftArticle(
      'Riots in Dublin',
      'Taoiseach Bertie Ahern condemned the violence on Saturday.',
      'Democratic Unionist Party MP Jeffrey Donaldson has issued a complaint to the Irish government.',
      'Fine Gael have condemned the riots, calling them a disgrace.',
    );
    const e = (name: string) => d.bank.entities.find((x) => x.name === name);
    expect(e('Bertie Ahern')).toMatchObject({ kind: 'person', role: 'Taoiseach' });
    expect(e('Jeffrey Donaldson')).toMatchObject({ kind: 'person', role: 'Democratic Unionist Party MP' });
    expect(e('Fine Gael')?.kind ?? 'organisation').toBe('organisation');
  });
});

describe('retrial 32: "read" and an unnamed plural subject', () => {
  it('reads "read" as a deed, and gives "They clashed" to no older name past "hundreds protested"', () => {
    const d = draftArticle(
      'After the conference',
      'United States President George W. Bush read a statement of joint understanding on Tuesday.',
      'Iran was notably absent from the list of conference participants.',
      'Meanwhile, in the West Bank, hundreds protested the conference. They clashed with security forces.',
    );
    const actions = allFacts(d).flatMap((f) => (f.kind === 'action' ? [`${f.actor}: ${f.action}`] : []));
    expect(actions.some((a) => a.startsWith('george-w-bush: read a statement'))).toBe(true);
    expect(actions.filter((a) => a.startsWith('iran:'))).toEqual([]);
  });
});
