// What trials 30 (Wikinews, the Gol Flight 1907 crash) and 31 (Wikinews, a worker-run factory) found:
// surnames in -man read as nationalities, a verb read as a unit, a cause inside "are suggesting that", a
// subordinate clause's subject drafted as a body, a common noun at a sentence's start made a name by its use
// inside quotation marks, and a deed lost to a scare quote.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';
import { causeOf } from '../../../src/core/draft/comprehension.js';

const draft = (...paragraphs: string[]) => draftArticle('A story', ...paragraphs);

describe('trials 30 and 31', () => {
  it('reads "Hansman said" and "said Hansman" as attributions: a surname in -man is no nationality', () => {
    const d = draft(
      'John Hansman, a professor of aeronautics at MIT, studied the crash. "The controllers should have seen it," said Hansman.',
      '"Apparently that process broke down somehow," Hansman said.',
      'Robert Oderman, a professor at Purdue, said the system works. "It never failed before," Oderman said.',
    );
    const quotes = allFacts(d).filter((f) => f.kind === 'quote') as { text: string; speaker: string }[];
    expect(quotes.find((q) => q.text.startsWith('Apparently'))?.speaker).toBe('john-hansman');
    expect(quotes.find((q) => q.text.startsWith('The controllers'))?.speaker).toBe('john-hansman');
    expect(quotes.find((q) => q.text.startsWith('It never failed'))?.speaker).toBe('robert-oderman');
  });

  it('drafts no "thirty stayed" beside "80 air force personnel", and reads a cause inside "are suggesting that"', () => {
    const d = draft(
      'About 80 air force personnel were at the site during the day and about thirty stayed during the night.',
    );
    expect(allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [f.value] : []))).toEqual([80]);
    expect(causeOf('The Brazilian media are suggesting that a lapse in communication caused the crash.')).toMatchObject(
      {
        cause: 'a lapse in communication',
      },
    );
  });

  it('drafts no body from a subordinate clause ("As the government has continued ...") nor "Factory" from a sentence\'s start', () => {
    const d = draft(
      'Factory workers at a ceramic factory in Neuquén, Argentina are preparing to defend their workplace.',
      "There are now 410 workers at FaSinPat ('Fabrica sin Patrones' or 'Factory without Bosses').",
      'As the government has continued its legal assault upon the factory, one employee has been attacked.',
    );
    const names = d.bank.entities.map((e) => e.name.toLowerCase());
    expect(names).not.toContain('factory');
    expect(names.filter((n) => n.includes('as the'))).toEqual([]);
  });

  it('asks the deed of a sentence whose only quotation marks hold a term ("stored in “approved security cabinets”")', () => {
    const d = draft(
      'Environment Minister John Baird has asked government officials how such documents that are supposed to be stored in "approved security cabinets" wound up on the street.',
      'Paul Dewar, an Ottawa MP, said the government must explain the loss.',
    );
    expect(allFacts(d).some((f) => f.kind === 'action' && f.actor === 'john-baird' && /has asked/.test(f.action))).toBe(
      true,
    );
  });
});

describe('trial 30: places and what outlets report', () => {
  it('reads "Sao Jose dos Campos, Sao Paulo" as a place, and asks no "Who reports ...?" of an outlet', () => {
    const d = draft(
      'The blackbox of the Legacy was taken to the headquarters of Embraer at Sao Jose dos Campos, Sao Paulo.',
      'Agência Estado reports the Legacy pilot Joseph Lepore told police in Mato Grosso that they had authorisation to fly at 37,000 feet and that the equipment never sounded a warning.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Sao Jose dos Campos')?.kind ?? 'none').not.toBe('person');
    expect(allFacts(d).some((f) => f.kind === 'action' && /^reports\b/.test(f.action))).toBe(false);
    expect(allFacts(d).some((f) => f.kind === 'action' && /\band$/.test(f.action))).toBe(false);
  });
});

describe('retrial 30: a stem ends before a second figure with a hedge', () => {
  it('asks "How many air force personnel were at the site during the day?", not about the thirty too', async () => {
    const { findNumbers } = await import('../../../src/core/draft/numbers.js');
    const { quantityQuestion } = await import('../../../src/core/draft/quantity-question.js');
    const s = 'About 80 air force personnel were at the site during the day and about thirty stayed during the night.';
    const n = findNumbers(s)[0]!;
    expect(quantityQuestion(s, n.hedgeStart, n.unitEnd, n.unit)).toBe(
      'How many air force personnel were at the site during the day?',
    );
  });
});
