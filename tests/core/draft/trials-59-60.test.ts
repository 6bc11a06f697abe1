// What trials 59 (EPA, a final rule on lead pipes) and 60 (Wikinews, WHO declares Ebola an emergency) found: a dek
// taken for the headline, a count of the names listed after it, hyphenated job titles, a French body's name read
// by its letters only, and a span back in time that no question asked.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 59: a release with a dek', () => {
  it('takes the Title Case headline above a sentence-case dek, and leaves the dek out', () => {
    const d = draftBank(
      [
        'News Releases',
        '',
        'Biden-Harris Administration Issues Final Rule Requiring Replacement of Lead Pipes Within 10 Years',
        '',
        'EPA announces new final regulations and $2.6 Billion for clean drinking water',
        '',
        'October 8, 2024',
        '',
        'Today the administration issued a final rule requiring drinking water systems across the country to replace lead pipes within 10 years.',
        '',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    expect(d.bank.title).toBe(
      'Biden-Harris Administration Issues Final Rule Requiring Replacement of Lead Pipes Within 10 Years',
    );
    expect(d.bank.article.exclude).toContain(
      'EPA announces new final regulations and $2.6 Billion for clean drinking water',
    );
  });
});

describe('trial 60: an Ebola story', () => {
  const d = draftArticle(
    'WHO declares Ebola outbreak an international emergency',
    'The current outbreak of Ebola is the deadliest since the disease was first reported in humans 40 years ago, with nearly 1,000 people reported to have been killed by the disease. So far three countries, Sierra Leone, Liberia, and Nigeria, have declared a national emergency.',
    'Director-General of WHO Dr Margaret Chan appealed for an international response to the outbreak. WHO assistant director-general Marie-Paule Kieny said the vaccines were not yet tested.',
    'Medecins sans Frontieres (MSF) said the health system in Liberia was "falling apart".',
    'Writing to seven international newspapers, Naoto Kan, the Japanese prime minister, thanked people for their support.',
  );
  const quantity = (value: number) => allFacts(d).find((f) => f.kind === 'quantity' && f.value === value);

  it('drafts "40 years ago" as a span, and what the 1,000 count from their own words', () => {
    expect(quantity(40)).toMatchObject({ unit: 'years', counts: 'years ago' });
    expect(quantity(1000)).toMatchObject({ unit: 'people', counts: 'people' });
  });

  it('asks no count of the names listed after it, but keeps a count a name merely follows', () => {
    expect(quantity(3)).toBeUndefined();
    expect(quantity(7)).toMatchObject({ unit: 'international newspapers' });
  });

  it('reads hyphenated titles as roles', () => {
    expect(d.bank.entities.find((e) => e.name === 'Margaret Chan')?.role).toBe('Director-General of WHO');
    expect(d.bank.entities.find((e) => e.name === 'Marie-Paule Kieny')?.role).toBe('WHO assistant director-general');
  });

  it('joins "Medecins sans Frontieres (MSF)" into one body', () => {
    const msf = d.bank.entities.find((e) => e.name === 'Medecins sans Frontieres');
    expect(msf?.aliases).toContain('MSF');
    expect(d.bank.entities.filter((e) => e.name === 'MSF')).toEqual([]);
    // A name with its letters in brackets is a body's, not a person's with a surname (retrial 60).
    expect(msf?.kind).toBe('organisation');
    expect(msf?.aliases).not.toContain('Frontieres');
  });
});

describe('trial 62: an air-show crash', () => {
  it('keeps "the crash" when it drops "yesterday\'s" from the main idea, and reads a battle as no body', () => {
    const d = draftArticle(
      'Vintage plane crashes into road during Shoreham Airshow in England',
      "Police said on Sunday that eleven people are likely to have died after yesterday's crash of a vintage jet at the Shoreham Airshow in West Sussex.",
      'The jet was flown in memory of the Battle of Britain, the show organisers said.',
    );
    const idea = (d.pending ?? []).find((p) => p.fact.kind === 'main-idea')?.fact;
    expect(idea?.kind === 'main-idea' && idea.text).toMatch(/after the crash of a vintage jet/);
    expect(
      d.bank.entities.find((e) => e.name === 'the Battle of Britain' || e.name === 'Battle of Britain')?.kind ??
        'other',
    ).toBe('other');
  });
});

describe('trial 61: a health story', () => {
  const d = draftArticle(
    'Weight-loss Options for Children Are Hard to Get',
    'That information comes from the U.S. Centers for Disease Control and Prevention, or CDC. The CDC and others have tried to expand insurance coverage.',
    'Reporters with the Reuters news agency spoke with doctors, parents and other experts.',
    'Dr. Thomas Robinson is director of the Center for Healthy Weight at Stanford Medicine Children’s Health in California. He said, "Many of us believe it would make sense to offer counseling."',
  );
  const entity = (name: string) => d.bank.entities.find((e) => e.name === name || e.aliases?.includes(name));

  it('joins "Long Name, or LETTERS" into one body', () => {
    expect(entity('CDC')?.name).toMatch(/Centers for Disease Control and Prevention/);
    expect(d.bank.entities.filter((e) => e.name === 'CDC')).toEqual([]);
  });

  it('reads Reuters and a hospital named "... Health" as bodies, and gives "He said" to the doctor', () => {
    expect(entity('Reuters')?.kind).toBe('organisation');
    expect(entity('Stanford Medicine Children’s Health')?.kind).toBe('organisation');
    const q = allFacts(d).find((f) => f.kind === 'quote' && f.text.startsWith('Many of us'));
    expect(q?.kind === 'quote' && q.speaker).toBe('thomas-robinson');
  });
});

describe('trial 62, again: a plane and its casualties', () => {
  const d = draftArticle(
    'Vintage plane crashes into road during Shoreham Airshow in England',
    'The Hawker Hunter crashed into a busy road during the Shoreham Airshow in England. At least fourteen were injured.',
    'Pilot Andy Hill is presently alive but critically injured in hospital, Sussex Police said.',
  );

  it('reads a name always written after "the" as a thing, and counts the injured as people', () => {
    expect(d.bank.entities.find((e) => e.name === 'Hawker Hunter')?.kind ?? 'other').toBe('other');
    expect(allFacts(d).find((f) => f.kind === 'quantity' && f.value === 14)).toMatchObject({ unit: 'people' });
  });
});
