// What a teacher fixed in trial 23's draft (Wikinews, a cholera outbreak in Kenya, 2008): a currency code
// and a region read as bodies, one province named twice, a list cut at its first name, health officials
// given to the Health Ministry, and attributions broken by "Dr.".
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { readLayout } from '../../../src/core/draft/furniture.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { quantityQuestion } from '../../../src/core/draft/quantity-question.js';

const article = [
  'Over 60 dead in Kenya cholera outbreak',
  '',
  'The Kenyan government has allocated KSh38 million (GBP 11.75 million) to contain the outbreak in the country.',
  '',
  'Nyanza Province, with 750 infections and 45 deaths, has felt the brunt of the outbreak. Officials have reported 45 people dead in Nyanza Province, 12 in North Eastern Province and seven in Rift Valley Province. Health officials have stated that the actual number of deaths due to the outbreak could be higher due to under reporting.',
  '',
  '"Most deaths occurred at home or on the way to hospital," said Dr. Nyikal. The Health Ministry opened a centre in Nyanza.',
  '',
  '"Health workers are a problem," Dr. Nyikal said. Southern Sudan also reported an increase in cholera cases recently.',
  '',
  '"The disease spreads fast in crowded camps."',
  '— Dr. David Okello, World Health Organization Country Director',
  '',
  'Dr. David Okello said: "The disease spreads fast in crowded camps."',
].join('\n');

describe('trial 23: names, figures and attributions', () => {
  const d = draftBank(article, { articleFile: 'a.txt' });
  const facts = [...d.bank.facts, ...(d.pending ?? []).map((p) => p.fact)];
  const names = d.bank.entities.map((e) => e.name);

  it('makes no body of a currency code or a compass part of a country; one place, with or without "Province"', () => {
    expect(names).not.toContain('GBP');
    expect(d.bank.entities.find((e) => e.name === 'Southern Sudan')?.kind).toBe('country');
    expect(names).not.toContain('Nyanza');
    expect(d.bank.entities.find((e) => e.name === 'Nyanza Province')?.aliases).toContain('Nyanza');
  });

  it('never gives "Health officials" to the Health Ministry, nor makes "Health" its alias', () => {
    const ministry = d.bank.entities.find((e) => e.name === 'the Health Ministry');
    expect(ministry?.aliases ?? []).not.toContain('Health');
    const government = d.bank.entities.find((e) => e.name === 'the Kenyan government');
    expect(government?.aliases).toEqual(expect.arrayContaining(['Kenyan government', 'the government']));
  });

  it('reads "said Dr. Nyikal" as an attribution, and "— Dr. David Okello, ..." as a pull quote\'s', () => {
    const quote = d.bank.facts.find((f) => f.kind === 'quote' && f.text.startsWith('Most deaths'));
    expect(quote).toBeDefined();
    expect(readLayout(article).furniture).toContain('— Dr. David Okello, World Health Organization Country Director');
  });

  it('drafts no figure of a list that leaves out its noun ("12 in North Eastern Province")', () => {
    const values = facts.flatMap((f) => (f.kind === 'quantity' ? [f.value] : []));
    expect(values).not.toContain(12);
  });

  it('keeps a list of names whole in a stem, never its first name alone', () => {
    const s = 'Over 1,200 cases have been reported in the provinces of Nyanza, Rift Valley, North Eastern and Western.';
    const n = findNumbers(s)[0]!;
    expect(quantityQuestion(s, n.hedgeStart, n.unitEnd, n.unit)).toBe(
      'How many cases have been reported in the provinces of Nyanza, Rift Valley, North Eastern and Western?',
    );
  });

  it('reads the last "due to" past a verb as the reason, without the officials\' saying', () => {
    expect(
      causeOf(
        'Health officials have stated that the actual number of deaths due to the outbreak could be higher due to under reporting.',
      ),
    ).toMatchObject({
      effect: 'the actual number of deaths due to the outbreak could be higher',
      cause: 'under reporting',
    });
  });
});

describe('trial 23: a deed in the clause after ", and"', () => {
  it('drafts "the government issued a ban" when the first clause names no doer, and joins "the government" to "the Kenyan government"', () => {
    const d = draftBank(
      [
        'Cholera in Kenya',
        '',
        'All health personnel have been advised to actively monitor patients, and the government issued a ban on eating food in public gatherings.',
        '',
        'The Kenyan government has allocated KSh38 million to contain the outbreak.',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const ban = d.bank.facts.find((f) => f.kind === 'action' && f.action.startsWith('issued a ban'));
    expect(ban).toMatchObject({ actor: 'kenyan-government' });
    expect(d.bank.entities.filter((e) => /government/.test(e.name)).map((e) => e.name)).toEqual([
      'the Kenyan government',
    ]);
  });
});
