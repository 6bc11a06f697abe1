// What a teacher still fixed in a re-run of trial 19 (Wikinews, arrests in Turkey): an office read as a
// person, roles cut short, "the police" taken for a police chief, a deed that points back, a hedged link.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

const draft = draftArticle;

describe('draftBank: offices, roles and doers (retrial 19)', () => {
  it('reads "Chief of the General Staff" as a role, never a person "Staff"', () => {
    const d = draft(
      'Crisis talks in Ankara',
      'Prime Minister Recep Tayyip Erdoğan and General Ilker Basbug, Chief of the General Staff of the Turkish Armed Forces, held crisis talks on Thursday.',
    );
    expect(d.bank.entities.map((e) => e.name)).not.toContain('Staff');
    expect(d.bank.entities.find((e) => e.id === 'ilker-basbug')?.role).toBe(
      'Chief of the General Staff of the Turkish Armed Forces',
    );
  });

  it('keeps "former" and a compass word in a role: "former police chief", "North Korean leader"', () => {
    const d = draft(
      'Visits and finds',
      'Police found a drawing in the home of former police chief Ibrahim Sahin on Monday.',
      'North Korean leader Kim Jong Un visited the factory on Tuesday.',
    );
    const roleOf = (name: string) => d.bank.entities.find((e) => e.name === name)?.role;
    expect(roleOf('Ibrahim Sahin')).toBe('former police chief');
    expect(roleOf('Kim Jong Un')).toBe('North Korean leader');
  });

  it('gives "police found ..." to the police, not to a police chief named later in the sentence', () => {
    const d = draft(
      'Arrests continue',
      'According to the Turkish media reports, police found a drawing in the home of former police chief Ibrahim Sahin, which led them to the site.',
    );
    const deed = allFacts(d).find((f) => f.kind === 'action' && f.action.startsWith('found a drawing'));
    expect(deed).toBeDefined();
    expect(deed).not.toMatchObject({ actor: 'ibrahim-sahin' });
    expect(d.bank.entities.find((e) => e.id === (deed as { actor: string }).actor)?.name).toBe('the police');
  });

  it('keeps a deed that points back ("has denied these claims") out of the questions until its author says what it means', () => {
    const d = draft(
      'Party answers critics',
      'Critics say the AK Party wants to silence its opponents.',
      'The AK Party has denied these claims.',
      'The AK Party won this year\u2019s vote in the capital.',
    );
    expect(d.bank.facts.some((f) => f.kind === 'action' && /these claims/.test(f.action))).toBe(false);
    const waiting = (d.pending ?? []).find((p) => p.fact.kind === 'action' && /these claims/.test(p.fact.action));
    expect(waiting?.notes.join(' ')).toContain('"these claims" points to another sentence');
  });

  it('gives a quotation of two sentences closed by "said the source" to the source, never to the last person named', () => {
    const d = draft(
      'Arrests in Turkey',
      '"This is a regime change," said opposition leader Deniz Baykal on Friday.',
      'Wikinews interviewed a resident of Turkey who wished not to be named. "It affected everyone in the country. Everyone wonders if they are next," said the source.',
    );
    const quotes = allFacts(d).filter((f) => f.kind === 'quote' && /everyone/i.test(f.text));
    expect(quotes).toHaveLength(2);
    for (const q of quotes)
      expect(d.bank.entities.find((e) => e.id === (q as { speaker: string }).speaker)?.name).toBe('the source');
  });
});

describe('draftBank: figures that point back or add a detail (retrial 19)', () => {
  it('drafts no "the 40 individuals" after "40 people", and no figure in the "including" tail of a figure asked', () => {
    const d = draft(
      'Arrests in Turkey',
      '40 people were detained on Wednesday, including three retired army generals.',
      'Ibrahim Sahin was among the 40 individuals arrested Wednesday.',
    );
    const figures = allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [`${f.value} ${f.unit}`] : []));
    expect(figures).toEqual(['40 people']);
  });
});
