// What trials 77 (Wikinews, Obama's State of the Union), 78 (VOA, Carter and the Afghan rebels), 79 (NASA, SWOT and
// Death Valley's lake) and 80 (Wikinews, Adele and Bowie at the Grammys) found.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 80: a speech quoted sentence by sentence', () => {
  it('drafts no short "And ..." piece, nor one whose next word points back, once the paragraph has a quote', () => {
    const d = draftArticle(
      'Adele and David Bowie each win five Grammys',
      'Adele said: "My artist of my life is Beyoncé. And this album to me is just so monumental. And we appreciate that. And I love you. And the devil came here yesterday."',
    );
    const quotes = allFacts(d).flatMap((f) => (f.kind === 'quote' ? [f.text] : []));
    expect(quotes).toContain('My artist of my life is Beyoncé');
    expect(quotes).toContain('And the devil came here yesterday');
    expect(quotes).not.toContain('And we appreciate that');
    expect(quotes).not.toContain('And I love you');
    // "this album" names the album: it stays (retrial 80).
    expect(quotes.some((q) => q.startsWith('And this album'))).toBe(true);
  });
});

describe('trial 79: NASA named once before "instrument"', () => {
  it('keeps NASA a body when one use of five has "instrument" after it', () => {
    const d = draftArticle(
      'SWOT Satellite Helps Gauge the Depth of Death Valley’s Temporary Lake',
      'SWOT was jointly developed by NASA and the French space agency, CNES.',
      'NASA provided the KaRIn instrument, a GPS science receiver and NASA instrument operations.',
      'NASA provided the launch vehicle.',
      'NASA explores the unknown in air and space, NASA said.',
    );
    expect(d.bank.entities.find((e) => e.name === 'NASA')?.kind).toBe('organisation');
  });
});

describe('trial 77: a former office and a rate', () => {
  it('keeps "former" in the role and reads "10% unemployment rate" as the rate', () => {
    const d = draftArticle(
      "Obama's first State of the Union speech focuses on economy, jobs",
      'Former Vice President Dick Cheney said the plan would fail, and President Barack Obama said it would work.',
      "Much of Americans' frustration concerns the nation's stubborn 10% unemployment rate.",
    );
    expect(d.bank.entities.find((e) => e.name === 'Dick Cheney')?.role).toBe('former Vice President');
    const detroit = draftArticle('Obama speech', 'Obama said he would try the suspect in the Detroit airliner plot.');
    expect(detroit.bank.entities.map((e) => e.name)).not.toContain('the Detroit');
    const rate = allFacts(d).find((f) => f.kind === 'quantity' && f.value === 10);
    expect(rate?.kind === 'quantity' && rate.counts).toBe('unemployment rate in percent');
  });
});

describe('trial 79: a sentence that opens with "With"', () => {
  it('pieces no "antennas in With" together', () => {
    const d = draftArticle(
      'SWOT Satellite Helps Gauge the Depth of Death Valley’s Temporary Lake',
      'With two antennas spread 33 feet apart on a boom, KaRIn produces a pair of data swaths.',
    );
    expect(JSON.stringify(allFacts(d))).not.toMatch(/in With/);
  });
});

describe('trial 77: a name given as an example before "saying"', () => {
  it('gives the words to "he" who addressed the critics, not to the critic named after "such as"', () => {
    const d = draftArticle(
      "Obama's first State of the Union speech focuses on economy, jobs",
      'President Barack Obama gave his first State of the Union speech on Wednesday.',
      'He also addressed critics of his foreign policy agenda, such as former Vice President Dick Cheney saying, "Let\'s put aside the schoolyard taunts about who is tough."',
    );
    const quote = allFacts(d).find((f) => f.kind === 'quote');
    expect(quote?.kind === 'quote' && quote.speaker).toBe('barack-obama');
  });
});

describe('trial 78: a surname in -ski, and a name used for an administration', () => {
  const d = draftArticle(
    "Historians Remember President Jimmy Carter's Efforts to Aid Afghan Rebels",
    'Historian Conor Tobin studied the program. Zbigniew Brzezinski was national security adviser to Jimmy Carter.',
    'Tobin said Brzezinski asked an official to consider the question: "Should we help any insurgents?"',
    'In 1998, Brzezinski denied that the Carter administration had such a plan. However, he also called such a program "an excellent idea."',
  );
  const speakerOf = (start: string) => {
    const q = allFacts(d).find((f) => f.kind === 'quote' && f.text.startsWith(start));
    return q?.kind === 'quote' ? q.speaker : undefined;
  };

  it('reads "Brzezinski" after "said" as a name, not a nationality in -i, and gives him his question', () => {
    expect(speakerOf('Should we help')).toBe('zbigniew-brzezinski');
  });

  it('gives "he" after "the Carter administration" to the subject, not to Carter', () => {
    expect(speakerOf('an excellent idea')).not.toBe('jimmy-carter');
  });
});

describe('trial 77: a participle after a passive', () => {
  it('gives "saying" after "announced by Obama" to Obama, not to the U.S. named after him', () => {
    const d = draftArticle(
      "Obama's first State of the Union speech focuses on economy, jobs",
      'President Barack Obama gave his first State of the Union speech on Wednesday.',
      'Another plan announced by Obama is to end the U.S. military\'s "don\'t ask, don\'t tell" policy saying, "This year, I will work with Congress and our military to finally repeal the law."',
    );
    const quote = allFacts(d).find((f) => f.kind === 'quote' && f.text.startsWith('This year'));
    expect(quote?.kind === 'quote' && quote.speaker).toBe('barack-obama');
  });
});
