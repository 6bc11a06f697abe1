// What trials 43 (Wikinews, British white paper on public health) and 44 (Wikinews, South American Community of
// Nations) found: a month's date line taken for the headline, Wikinews's licence and comment lines left in, a
// body's own-language name read as a person, documents and meetings read as bodies, and a role glued to a surname.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

const draft = (lines: string[]) => draftBank(lines.join('\n'), { articleFile: 'a.txt' });

describe('trials 43 and 44: page furniture', () => {
  it('takes the headline, not a date line of a month ("December 2004"), for the title', () => {
    const d = draft([
      'South American Community of Nations announced at Third South American Summit',
      '',
      'From Wikinews, the free news source you can write!',
      '',
      'December 2004',
      '',
      'South American nations began the creation of an economic bloc by a declaration made on 8 December.',
      '',
    ]);
    expect(d.bank.title).toBe('South American Community of Nations announced at Third South American Summit');
    expect(d.bank.article.exclude).toContain('December 2004');
  });

  it("leaves out Wikinews's licence note and comment box", () => {
    const d = draft([
      'British white paper on public health',
      '',
      'The government has proposed a ban on smoking in most enclosed public places, the paper says.',
      '',
      'Do you want to discuss this article? Add your comment below.',
      '',
      'This article is in the public domain: it was published on Wikinews before September 25, 2005.',
      '',
    ]);
    expect(d.bank.article.exclude).toEqual(
      expect.arrayContaining([
        'Do you want to discuss this article? Add your comment below.',
        'This article is in the public domain: it was published on Wikinews before September 25, 2005.',
      ]),
    );
    expect(JSON.stringify(d.bank.facts)).not.toContain('public domain');
  });
});

describe('trial 44: names of bodies, documents and meetings', () => {
  const d = draftArticle(
    'South American Community of Nations announced',
    'Two existing South American trade blocs, the Andean Community (Comunidad Andina) and the Southern Common Market (Mercado Común del Sur, or Mercosur), have been combined to create the community.',
    'The summit was convened principally to sign the two-page Preamble to the Foundation Act of the South American Union on the second day. The First and Second South American Summits were held in 2000 and 2002.',
    'SACN is a more ambitious union than the previous Andean Community and Mercosur. The "ultimate goal is the United States of South America," explains Secretary General of the Andean Community Wagner.',
  );
  const entity = (name: string) => d.bank.entities.find((e) => e.name === name || e.aliases?.includes(name));

  it("reads a body's own-language name and its short name in brackets as the body's aliases", () => {
    expect(entity('Mercado Común del Sur')).toMatchObject({ kind: 'organisation', name: 'the Southern Common Market' });
    expect(entity('Mercosur')?.name).toBe('the Southern Common Market');
    expect(entity('Comunidad Andina')?.name).toMatch(/^(?:the )?Andean Community$/);
    expect(d.bank.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Wagner']);
  });

  it('makes no body of a document or a meeting, nor of two bodies joined by "and"', () => {
    const names = d.bank.entities.map((e) => e.name);
    expect(names.filter((n) => /Act|Summits|and Mercosur/.test(n))).toEqual([]);
  });

  it('reads "Secretary General of the Andean Community Wagner" as a role and a surname', () => {
    expect(entity('Wagner')).toMatchObject({ kind: 'person', role: 'Secretary General of the Andean Community' });
  });
});

describe('trial 43: speakers named by office, and the doer of a passive', () => {
  const d = draftArticle(
    'British white paper on public health',
    'Health Secretary John Reid presented the paper on Tuesday.',
    'The paper has been criticized by many parties. The Tory Shadow Health Secretary has criticized the government\'s "new nanny state approach". He has additionally described it as "gimmicks".',
    'The Liberal Democrats have accused the government of not being committed. It has also been criticized by the British Medical Association, saying "When lives need saving, the government must act now".',
  );
  const speakerOf = (words: string) => {
    const q = allFacts(d).find((f) => f.kind === 'quote' && f.text.includes(words));
    return q?.kind === 'quote' ? q.speaker : undefined;
  };

  it('makes a person of "The Tory Shadow Health Secretary", who is "He" next, with no alias "Secretary"', () => {
    expect(speakerOf('gimmicks')).toBe('tory-shadow-health-secretary');
    const e = d.bank.entities.find((x) => x.id === 'tory-shadow-health-secretary');
    expect(e).toMatchObject({ kind: 'person', name: 'the Tory Shadow Health Secretary' });
    expect(e?.aliases ?? []).not.toContain('Secretary');
  });

  it('gives the words after "criticized by X, saying" to X', () => {
    expect(speakerOf('When lives need saving')).toBe('british-medical-association');
  });
});

describe('trial 44: a year swapped for a false version', () => {
  it('is swapped only for a year near it, and never after "a"/"an"', () => {
    const d = draftArticle(
      'South American Community of Nations announced',
      'Ayacucho was the site of an 1824 decisive victory in the wars of independence.',
      'The Andean Community was founded in 1969. The first summit was held in 2000 and the second in 2002.',
      'Work on the projects is expected to begin in 2005, officials said.',
    );
    const swaps = allFacts(d).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    expect(swaps.filter((x) => x.replace === '1824')).toEqual([]);
    for (const x of swaps.filter((y) => /^\d{4}$/.test(y.replace)))
      expect(Math.abs(Number(x.replace) - Number(x.with))).toBeLessThanOrEqual(30);
  });
});

describe('trials 43 and 44: claims and counts of a list', () => {
  it('counts no names the sentence lists beside the number, and swaps none of a list written with commas', () => {
    const d = draftArticle(
      'South American Community of Nations announced',
      'Two existing South American trade blocs, the Andean Community and the Southern Common Market, have been combined to create the community.',
      'Guyana, Suriname, two small northeastern countries which had not taken part in a trade bloc, will not immediately join the community.',
      'Peru will host the next meeting of the community in March.',
    );
    const facts = allFacts(d);
    expect(facts.filter((f) => f.kind === 'quantity' && f.value === 2)).toEqual([]);
    expect(
      facts.filter((f) => f.kind === 'statement' && f.falsify?.some((x) => ['Guyana', 'Suriname'].includes(x.replace))),
    ).toEqual([]);
  });

  it('keeps the closing mark of a quotation a claim ends on, and makes no "usual" of "unusual"', () => {
    const d = draftArticle(
      'British white paper on public health',
      'The paper is unusual for suggesting a more holistic approach to health care, offering for the first time "lifestyle trainers." The paper was welcomed by the British Medical Association in London.',
    );
    const claims = allFacts(d).flatMap((f) => (f.kind === 'statement' ? [f] : []));
    expect(claims.flatMap((c) => c.falsify ?? []).filter((x) => x.with === 'usual')).toEqual([]);
    for (const c of claims) expect((c.text.match(/["“”]/g) ?? []).length % 2).toBe(0);
  });
});

describe('retrial 44: a planned year', () => {
  it('is swapped only for a later year, never an earlier one', () => {
    const d = draftArticle(
      'South American Community of Nations announced',
      'The first summit was held in 2000 in Brasília, and the second in 2002.',
      'Work on a constitution for the community is expected to begin in 2005, officials said.',
    );
    const swaps = allFacts(d).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    expect(swaps.filter((x) => x.replace === '2005' && Number(x.with) < 2005)).toEqual([]);
  });
});
