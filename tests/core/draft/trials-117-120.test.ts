// What trials 117 (VOA, school segregation), 118 (Wikinews, an Amtrak collision), 119 (NASA) and 120 (Wikinews, a
// mercenary's trial in Iraq) found, and shapes of the same kind: firms named by their trade, job titles before a
// name, positions a quiz can ask only one of.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/types.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

const kindOf = (d: ReturnType<typeof draftArticle>, name: string) => d.bank.entities.find((e) => e.name === name)?.kind;

describe('firms named by their trade, and a job title before a name and its firm', () => {
  const d = draftArticle(
    'Phone maker cuts jobs',
    'Samsung Electronics said on Monday it would cut 2,000 jobs in its phone division.',
    'Analyst Kim Lee of Hana Securities said the cuts were "long overdue".',
    'Toyota Motor said it would keep its plants open.',
  );

  it('reads "Samsung Electronics" and "Toyota Motor" as organisations', () => {
    expect(kindOf(d, 'Samsung Electronics')).toBe('organisation');
    expect(kindOf(d, 'Toyota Motor')).toBe('organisation');
  });

  it('parts "Analyst Kim Lee of Hana Securities" into a person with a role and the firm', () => {
    expect(kindOf(d, 'Kim Lee')).toBe('person');
    expect(kindOf(d, 'Hana Securities')).toBe('organisation');
    const quote = d.bank.facts.find((f): f is Extract<Fact, { kind: 'quote' }> => f.kind === 'quote');
    expect(quote?.speaker).toBe('kim-lee');
  });
});

describe('trial 118: six job titles drafted as six position questions', () => {
  const d = draftArticle(
    'Train collision',
    'Mayor Linda Ortiz, Councillor Raj Patel and Councillor Helen Brooks visited the site on Monday.',
    'Fire chief Samuel Reyes said the crossing "was never safe".',
    'Engineer Tom Akers said the signals had failed. "We warned them twice," Akers said.',
    'Ortiz said the town would "rebuild it quickly".',
  );
  const roles = (facts: readonly Fact[]) =>
    facts.flatMap((f) => (f.kind === 'role' ? [(f as Extract<Fact, { kind: 'role' }>).entity] : []));

  it('asks the positions of the two people it quotes most and keeps the others waiting, on their entities too', () => {
    expect(roles(d.bank.facts).sort()).toEqual(['linda-ortiz', 'tom-akers']);
    expect(roles(allFacts(d)).length).toBeGreaterThanOrEqual(4);
    expect(d.pending?.find((p) => p.fact.kind === 'role')?.notes.join(' ')).toMatch(/a quiz asks one position at most/);
    expect(d.bank.entities.find((e) => e.id === 'raj-patel')?.role).toBe('Councillor');
  });
});
