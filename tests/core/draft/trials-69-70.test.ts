// What trials 69 (Wikinews, Chávez's address to the U.N.) and 70 (VOA, Djibouti's free-trade zone) found.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

const speakers = (d: ReturnType<typeof draftArticle>) =>
  allFacts(d).flatMap((f) => (f.kind === 'quote' ? [[f.text.slice(0, 24), f.speaker]] : []));

describe('trial 69: "he" who speaks is a person, never the country named before him', () => {
  it('gives the words after "he said ..., adding" and "which he said" to the person, not the United States', () => {
    const d = draftArticle(
      'Chavez criticises Bush in U.N. address',
      'Venezuelan President Hugo Chávez spoke to the United Nations General Assembly on Wednesday.',
      'Talking about the US efforts at nation-building, he said that it is "a very original democracy that\'s imposed by weapons and bombs and firing weapons.", adding "What a strange democracy."',
      'He criticized the "immoral" veto of the United States which he said, "allowed the Israelis, with impunity, to destroy Lebanon."',
    );
    const chavez = d.bank.entities.find((e) => e.name === 'Hugo Chávez')!.id;
    const got = speakers(d);
    expect(got.length).toBeGreaterThanOrEqual(2);
    for (const [, speaker] of got) expect(speaker).toBe(chavez);
  });

  it('gives the words after "X (party) who ... which Chavez visited said" to X, not to the name inside the clause', () => {
    const d = draftArticle(
      'Chavez criticises Bush in U.N. address',
      'Venezuelan President Hugo Chavez spoke at the U.N. on Wednesday.',
      'Rep. Charles Rangel (Democrats) who represents a New York City neighborhood which Chavez recently visited said "I just want to make it abundantly clear to Hugo Chavez that you do not come into my country."',
    );
    const quote = allFacts(d).find((f) => f.kind === 'quote');
    expect(quote?.kind === 'quote' && d.bank.entities.find((e) => e.id === quote.speaker)?.name).toBe('Charles Rangel');
  });

  it('reads "He" after a fronted clause as the main clause\'s person, not a name after "by"', () => {
    const d = draftArticle(
      'Chavez criticises Bush in U.N. address',
      'Venezuelan President Hugo Chávez spoke to the United Nations General Assembly on Wednesday.',
      'When speaking to the assembly, Chávez displayed the book "Hegemony or Survival", written by Noam Chomsky, and recommended it to the audience. He described this book as being written "clearly and in depth" and said that "the American empire is doing all it can to consolidate its system of domination."',
    );
    const chavez = d.bank.entities.find((e) => e.name === 'Hugo Chávez')!.id;
    const empire = allFacts(d).find((f) => f.kind === 'quote' && f.text.startsWith('the American empire'));
    expect(empire?.kind === 'quote' && empire.speaker).toBe(chavez);
  });
});

describe('trial 70: a VOA caption with a sentence of context', () => {
  it('leaves out the caption whole, so its context sentence makes no fact and names no one', () => {
    const lines = [
      "Djibouti's New Free-Trade Zone Creates Opportunities, Deepens Dependency",
      '',
      'The entrance gate of Doraleh Multi-Purpose Port is seen in Djibouti, July 4, 2018. East Africa’s smallest country, Djibouti, is seeking to capitalize on its strategic position on one of the world’s busiest trade routes.',
      '',
      'Djibouti opened the first phase of a free-trade zone on July 5. The zone will occupy more than 48 square kilometers when finished, officials said.',
      '',
      'People hold Chinese and Djiboutian national flags as they wait for the arrival of Djibouti’s president, Ismaïl Omar Guelleh, before the launching ceremony of new 1,000-unit housing construction project in Djibouti, July 4, 2018. The project is financially supported by China Merchant, the operation partner of newly inaugurated Djibouti International Free-Trade Zone.',
      '',
      'Scott Morris of the Center for Global Development said the zone could help the economy.',
      '',
    ];
    const d = draftBank(lines.join('\n'), { articleFile: 'a.txt' });
    expect(d.bank.article.exclude).toHaveLength(2);
    expect(JSON.stringify(allFacts(d))).not.toMatch(/Doraleh|1,000-unit|smallest country/);
    expect(d.bank.entities.map((e) => e.name)).not.toContain('China Merchant');
  });
});

describe('trial 70: what an amount prices, and a share of letters', () => {
  it('asks what "the $3.5 billion project" is worth, and keeps "GDP" in "86 percent of its GDP"', () => {
    const d = draftArticle(
      'Djibouti zone',
      'But the $3.5 billion project will also add to what some experts consider to be an extreme reliance on Chinese financing.',
      "By the end of 2016, Djibouti's debt had reached more than 86 percent of its GDP, and it owed nearly all of that money to China.",
    );
    const counts = allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [f.counts] : []));
    expect(counts).toEqual(['dollars the project is worth', 'percent of its GDP']);
  });
});

describe('trial 70: claims whose subject points back', () => {
  it('drafts no true/false from "these factors" or "those stipulations", but keeps "these claims" under a headline on claims', () => {
    const d = draftArticle(
      "UN tribunal dismisses China's claims to the South China Sea",
      'Djibouti owes most of its debt to China, and its economy is small.',
      'Combined, these factors make Djibouti susceptible to debt distress, the report said.',
      'Those stipulations aren’t unique to China, Morris said.',
      'These claims were established by China in the 1940s, not by Vietnam.',
    );
    const claims = allFacts(d).flatMap((f) => (f.kind === 'statement' ? [f.text] : []));
    expect(claims.some((t) => /these factors|stipulations/.test(t))).toBe(false);
    expect(claims.some((t) => t.startsWith('These claims'))).toBe(true);
  });
});
