// What trials 149-152 and the re-runs of 145-148 (sixteenth session) found: who speaks "as expressed by" someone,
// a title with "-elect", quotation marks and elisions in quoted words, an acronym's whole name, a group's size,
// "there were N ...", and reasons cut across a quotation.
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { quantityQuestion } from '../../../src/core/draft/quantity-question.js';
import { allFacts, draftArticle, draftArticleAsInit } from '../../helpers/draft-article.js';

type Quote = Extract<ReturnType<typeof allFacts>[number], { kind: 'quote' }>;
const quotes = (d: ReturnType<typeof draftArticle>) =>
  allFacts(d)
    .filter((f): f is Quote => f.kind === 'quote')
    .map((q) => [q.text, q.speaker]);

/** The question findNumbers' first figure of `sentence` drafts (no verb forms: the shapes that need none). */
const asked = (sentence: string, k = 0) => {
  const n = findNumbers(sentence)[k]!;
  return quantityQuestion(sentence, n.hedgeStart, n.unitEnd, n.unit);
};

describe('who speaks, and what they said (trials 145, 146, 151)', () => {
  it('gives words "as expressed by" someone to them, not to the speaker before', async () => {
    const d = await draftArticleAsInit(
      'The iconic photo',
      '“It was a heck of a big leap for me,” Bruce McCandless said. Perhaps more importantly, as expressed by United States Senator John McCain, the photo “inspired generations of Americans to believe that there is no limit to the human potential.”',
    );
    expect(quotes(d)).toContainEqual([
      'inspired generations of Americans to believe that there is no limit to the human potential',
      'john-mccain',
    ]);
  });

  it('reads "President-elect" as a title, and drops an elision and a stray mark from quoted words', async () => {
    const d = await draftArticleAsInit(
      'Carter dies at 100',
      'President-elect Donald Trump posted a message on Truth Social: “…He did everything in his power to improve the lives of all Americans.”',
      'Carter said, “That was the number one issue that caused me to fail."',
    );
    expect(d.bank.entities.find((e) => e.id === 'donald-trump')).toMatchObject({
      name: 'Donald Trump',
      role: 'President-elect',
    });
    expect(quotes(d).map(([text]) => text)).toEqual([
      'He did everything in his power to improve the lives of all Americans',
      'That was the number one issue that caused me to fail',
    ]);
  });

  it('drafts no quote of a closing "RIP." and no body named RIP', async () => {
    const d = await draftArticleAsInit(
      'Singer dies',
      'Irish Prime Minister Leo Varadkar tweeted: "Her music will live on. She was a great singer. RIP."',
    );
    expect(quotes(d).map(([text]) => text)).not.toContain('RIP');
    expect(d.bank.entities.find((e) => e.name === 'RIP')?.kind ?? 'other').toBe('other');
  });
});

describe('an acronym spelled out across "and" (trial 147)', () => {
  it('names the whole, with the letters and the cut name as aliases', async () => {
    const d = await draftArticleAsInit(
      'Solar storms at Mars',
      'This artist’s concept depicts NASA’s Mars Atmosphere and Volatile EvolutioN (MAVEN) near Mars.',
      'MAVEN observes radiation, solar particles, and more from high above Mars.',
      '“The radiation is strong,” said Shannon Curry.',
    );
    const maven = d.bank.entities.find((e) => (e.aliases ?? []).includes('MAVEN'));
    expect(maven?.name).toBe('Mars Atmosphere and Volatile EvolutioN');
  });
});

describe('numbers (trials 145, 152 and the NZ flag story)', () => {
  it('counts a group of N in its members', () => {
    expect(
      findNumbers('Professor John Burrows, the chairman of the project’s panel of twelve, said it.')[0],
    ).toMatchObject({
      unit: 'members',
      counts: 'members of the project’s panel',
    });
  });

  it('keeps a people’s name inside the phrase it describes, past an aside of examples', () => {
    const s =
      'On Friday, forty prominent African leaders, including Kofi Annan, criticized the government in an open letter.';
    expect(findNumbers(s)[0]!.unit).toBe('prominent African leaders');
    expect(asked(s)).toBe('How many prominent African leaders criticized the government in an open letter?');
  });

  it('asks "there were N ..." as "How many ... were ...?"', () => {
    expect(asked('As a result, there were only 13 cases of Guinea worm recorded in 2022.')).toBe(
      'How many cases of Guinea worm were recorded in 2022?',
    );
    expect(asked('There were 300 people at the rally.')).toBe('How many people were there at the rally?');
    expect(asked('There have been 4 attacks since May.')).toBe('How many attacks have there been since May?');
  });

  it('says whose span it is, and leaves a second deed out of the question', () => {
    expect(asked('Carter lived long, and his 76-year marriage to Rosalynn is the longest.')).toBe(
      'How long was the marriage to Rosalynn, in years?',
    );
    const s =
      'Under his direction, the Carter Center observed more than 80 elections around the world and aimed to negotiate disputes.';
    const n = findNumbers(s)[0]!;
    expect(
      quantityQuestion(s, n.hedgeStart, n.unitEnd, n.unit, (v) => (v === 'observed' ? 'observe' : undefined)),
    ).toBe('How many elections did the Carter Center observe around the world?');
  });
});

describe('reasons (trials 147 and 151)', () => {
  it('drafts no reason whose clause runs out of a quotation', () => {
    expect(
      causeOf('McCandless called the photograph “beautiful, partly because the sun is shining directly on me.”'),
    ).toBeUndefined();
    // A quotation that is the whole clause, closed before who said it, is the clause's own.
    expect(
      causeOf(
        '“New Horizons is making the first direct measurements of dust beyond Pluto, so every observation could lead to a discovery,” said Alex Doner.',
      )?.effect,
    ).toMatch(/^every observation could lead to a discovery\b/);
  });

  it('drafts no reason whose subject is a bare "they"', () => {
    expect(
      causeOf(
        'And, he added, “at visitor centres, they often have cardboard versions with the visor cut out, so people can peep through.”',
      ),
    ).toBeUndefined();
  });

  it('words what a loss left as a clause', () => {
    expect(causeOf('The storm destroyed the village, leaving thousands of people homeless.')?.cause).toBe(
      'thousands of people were left homeless',
    );
  });
});

describe('names, captions and claims (trials 149-151)', () => {
  it('keeps a comma inside a name spelled out before its letters', async () => {
    const d = await draftArticleAsInit(
      'A children’s book',
      'The United Nations Educational, Scientific and Cultural Organization (UNESCO) says the declaration is meant to bring attention.',
      '“It is important,” UNESCO said.',
      '“We agree,” said Bob Lee.',
    );
    expect(d.bank.entities.find((e) => (e.aliases ?? []).includes('UNESCO'))?.name).toBe(
      'United Nations Educational, Scientific and Cultural Organization',
    );
  });

  it('makes no one of the words of a work’s title', async () => {
    const d = await draftArticleAsInit(
      'Famine aid',
      'This was also noted in a declassified assessment titled Ethiopia: Political and Security Impact of the Drought, in which the report states, "Some funds are almost certainly being diverted for military purposes."',
    );
    expect(d.bank.entities.map((e) => e.name)).not.toContain('Security Impact');
  });

  it('leaves out a caption above an agency’s bare credit line', () => {
    const d = draftArticle(
      'The iconic photos',
      [
        'The MMU was the highlight of the mission, as the photographs on three magazine covers show.',
        'Astronaut Bruce McCandless II is a few meters away from the cabin of the shuttle in this iconic photo taken by “Hoot” Gibson.',
        'NASA/JPL-Caltech',
        'Gibson was the only one on the crew with nothing to do, so he picked up a camera.',
      ].join('\n'),
    );
    expect(d.bank.article.exclude ?? []).toContain(
      'Astronaut Bruce McCandless II is a few meters away from the cabin of the shuttle in this iconic photo taken by “Hoot” Gibson.',
    );
    expect(d.bank.article.exclude ?? []).not.toContain(
      'The MMU was the highlight of the mission, as the photographs on three magazine covers show.',
    );
  });

  it('swaps no two names a "with" joins', async () => {
    const d = await draftArticleAsInit(
      'Aid diverted',
      'Max Peberdy bought grain from Gebremedhin Araya in 1985.',
      'Peberdy is seen in a photo with Araya buying grain.',
    );
    const swapped = allFacts(d).filter(
      (f) => f.kind === 'statement' && (f.falsify ?? []).some((x) => x.with.startsWith('Araya is seen')),
    );
    expect(swapped).toEqual([]);
  });

  it('takes no aside in brackets as the main idea after an "As ..." opening', () => {
    const d = draftArticle(
      'The first untethered spacewalk',
      'As astronaut Bruce McCandless II flew the unit out of the shuttle for the first time on February 7, 1984, many in the agency were fearful. (Previous spacewalkers remained connected to the vehicle with tethers.)',
      'He returned safely after an hour.',
    );
    const idea = (d.pending ?? []).find((p) => p.fact.kind === 'main-idea')?.fact as { evidence: string } | undefined;
    expect(idea?.evidence).toMatch(/^As astronaut/);
  });
});

describe('events of an obituary (retrial 146)', () => {
  it('dates "the band split" and an album an ordinal names, so the career can be ordered', async () => {
    const { draftEvents } = await import('../../../src/core/draft/events.js');
    const events = draftEvents(
      [
        'In 2003, the band split, and O’Riordan started a solo career.',
        'Their third album, To the Faithful Departed, was released in 1996.',
        'The band released their first album in 1993.',
        'Their music was loved by many in 2005.',
      ],
      'January 15, 2018',
    );
    expect(events.map((e) => [e.text, e.order])).toEqual([
      ['The band split', 3],
      ['The third album, To the Faithful Departed, was released', 2],
      ['The band released their first album', 1],
    ]);
  });
});

describe('trials 154 and 156 (the second batch)', () => {
  it('names a body whose name was read as its last word, from its letters in brackets', async () => {
    const d = await draftArticleAsInit(
      'Journalists killed',
      'Reporters Without Borders (RWB) have appealed for punishment of those responsible for the murder.',
      '“It is unacceptable,” RWB said.',
      '“We agree,” said Bob Lee.',
    );
    expect(d.bank.entities.find((e) => (e.aliases ?? []).includes('RWB'))).toMatchObject({
      name: 'Reporters Without Borders',
      kind: 'organisation',
    });
  });

  it('makes no false version of "Shia" from "Shiite", one faith spelled two ways', () => {
    const d = draftArticle(
      'Fighting in Basra',
      'Iraqi security forces battled militants loyal to Shia cleric Muqtada al-Sadr in Basra.',
      'The fighting is a struggle for control of the Shiite parts of Baghdad, an analyst said.',
    );
    const swaps = allFacts(d).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    expect(swaps.filter((x) => /Shi/.test(x.replace) && /Shi/.test(x.with))).toEqual([]);
  });
});

describe('"he said" after a sentence that opens with its source (trial 154)', () => {
  it('gives the words to the source, not to the last man the sentence names', async () => {
    const d = await draftArticleAsInit(
      'Fighting in Basra',
      'Prime Minister Nouri al-Maliki gave the militants 72 hours to surrender.',
      'According to Iraqi political analyst Hazem al-Nuaeimi, Sadr is a thorn in the side of other Shia groups that currently support Maliki. "There is a need to minimize the Sadrists\' strength and influence," he said.',
    );
    expect(quotes(d)).toContainEqual([
      "There is a need to minimize the Sadrists' strength and influence",
      'hazem-al-nuaeimi',
    ]);
  });
});
