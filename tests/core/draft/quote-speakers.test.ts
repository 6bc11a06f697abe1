// Who said a quote, as a reader of any article would tell: the attribution in the quote's own sentence, a
// quotation left open by the paragraph before, or no one (the quote waits for its author). Invented
// sentences of the shapes a teacher's trial found wrong.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import type { Fact } from '../../../src/core/types.js';

type Quote = Extract<Fact, { kind: 'quote' }>;
const article = (...paragraphs: string[]) => ['Harbour report', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

function draft(...paragraphs: string[]) {
  const d = draftBank(article(...paragraphs), { articleFile: 'a.txt' });
  const name = (id: string) => d.bank.entities.find((e) => e.id === id)?.name;
  const live = d.bank.facts.filter((f): f is Quote => f.kind === 'quote');
  const waiting = (d.pending ?? []).filter((p) => p.fact.kind === 'quote');
  const notesOf = (f: Fact) => d.notes.filter((n) => n.path[1] === d.bank.facts.indexOf(f)).map((n) => n.note);
  return {
    d,
    /** The live quote holding these words, and its speaker's name. */
    live: (words: string) => {
      const q = live.find((f) => f.text.includes(words));
      return q && { ...q, speakerName: name(q.speaker), notes: notesOf(q) };
    },
    waiting: (words: string) => {
      const p = waiting.find((x) => (x.fact as Quote).text.includes(words));
      return p && { fact: p.fact as Quote, notes: p.notes };
    },
    anyQuote: (words: string) => [...live, ...waiting.map((p) => p.fact as Quote)].some((q) => q.text.includes(words)),
    /** The name of whoever the draft gives these words to, whether the quote is live or waits. */
    speakerOf: (words: string) => {
      const q = [...live, ...waiting.map((p) => p.fact as Quote)].find((f) => f.text.includes(words));
      return q && name(q.speaker);
    },
  };
}

describe('quote speakers: the introducer in the quote’s own sentence', () => {
  it('gives "with X stating:" to X, and its open quotation’s next paragraph too, over the speaker quoted before', () => {
    const r = draft(
      '"We will finish the bridge by May," said Mayor Ann Kowalski.',
      'The Harbour Gazette quoted critics like fisherman Tom Reyes and teacher Maria Lund, with Lund stating: "The council rushed this decision and nobody asked the people who live by the river.',
      '"We will keep asking until somebody at the town hall listens to us."',
    );
    expect(r.live('The council rushed')?.speakerName).toBe('Maria Lund');
    expect(r.live('keep asking')?.speakerName).toBe('Maria Lund');
    expect(r.live('keep asking')?.notes.join(' ')).toMatch(/left open/);
  });

  it('never gives the words to whom they were told: "X told Radio Y any plan "...": "..."', () => {
    const r = draft(
      'The Harbour Trust met on Monday.',
      'After the vote, the Harbour Trust told River Radio any plan "must be well thought out": "Moves to mend the bridge are welcome but the answer is not yet more delays and more meetings.',
    );
    expect(r.live('Moves to mend')?.speakerName).toMatch(/Harbour Trust/);
  });

  it('gives no one the words of a document an outlet has seen: "A leaked memo seen by X says "..."" waits for its source', () => {
    const r = draft(
      'The bridge has been closed since March.',
      'A leaked council memo seen by River Radio says "the bridge may stay closed for a year without new money from the region", but the council denies it.',
    );
    expect(r.live('may stay closed')).toBeUndefined();
    const w = r.waiting('may stay closed');
    expect(w?.fact.speaker).toBe('');
    expect(w?.notes.join(' ')).toContain(
      'name who said it: "A leaked council memo seen by River Radio says" names no one',
    );
  });

  it('gives no one the words "with the paper reporting" brings, and not the outlet officials told', () => {
    const r = draft(
      'Officials tell River Radio the bridge is safe, with one local paper reporting that repairs "could take two more years to finish".',
    );
    expect(r.live('could take two more years')).toBeUndefined();
    expect(r.waiting('could take two more years')?.fact.speaker).toBe('');
  });

  it('drafts no quote from examples a document holds ("cited examples ..., including: “...”")', () => {
    const r = draft(
      'Mayor Ann Kowalski defended the new form on Monday.',
      'The Harbour Gazette cited examples of confusing questions on the form, including: "Have you lived within two miles of a river that floods more than twice a year since you moved to the town?"',
    );
    expect(r.anyQuote('Have you lived')).toBe(false);
  });

  it('reads a name with an apposition before the verb after a quote (", Tom Reyes, a fisherman at the harbour, said")', () => {
    const r = draft(
      'The storm hit the harbour on Sunday night. "It could have been much worse for the boats in the harbour," Tom Reyes, a fisherman at the harbour, said.',
    );
    expect(r.live('could have been much worse')?.speakerName).toBe('Tom Reyes');
  });

  it('gives a quotation a colon introduces to the subject of its clause ("During ..., Kowalski defended ...: “...”")', () => {
    const r = draft(
      'Mayor Ann Kowalski faced the council on Tuesday.',
      'During the council meeting on Tuesday, Ann Kowalski defended the plan whilst promising a "full report" from the engineers: "The bridge is safe and we will prove it to everyone who lives in this town."',
    );
    expect(r.live('The bridge is safe')?.speakerName).toBe('Ann Kowalski');
  });

  it('gives a quote after "while X called it" to X, not to the one named after an earlier quote', () => {
    const r = draft(
      'The council voted on Tuesday.',
      '"It is a fair deal for the harbour," Tom Reyes said, while Maria Lund called it "rushed and far too expensive for a town of our size".',
    );
    expect(r.live('fair deal')?.speakerName).toBe('Tom Reyes');
    expect(r.live('far too expensive')?.speakerName).toBe('Maria Lund');
  });

  it('reads the name before an aside between commas, the aside when it is the name, and no one for a document', () => {
    const r = draft(
      'The storm hit the harbour on Sunday.',
      'Tom Reyes, a fisherman at the Harbour Gazette, said: "It could have been much worse for the boats."',
      'Chair of the Harbour Council, Maria Lund, said: "The sea wall held better than anyone expected it to."',
      'The report, written by engineers at Delta Works, says the bridge "cannot carry lorries heavier than ten tonnes".',
    );
    expect(r.live('much worse')?.speakerName).toBe('Tom Reyes');
    expect(r.live('sea wall held')?.speakerName).toBe('Maria Lund');
    expect(r.live('cannot carry lorries')).toBeUndefined();
    expect(r.waiting('cannot carry lorries')?.fact.speaker).toBe('');
  });

  it('gives words after "..., a council spokesperson said" to that spokesperson', () => {
    const r = draft('"The bridge is safe for buses and lorries," a council spokesperson said on Monday.');
    expect(r.live('safe for buses')?.speakerName).toBe('a council spokesperson');
  });

  it('gives a quote after ", assuring that" to the attribution just before it', () => {
    const r = draft(
      'Mayor Ann Kowalski met the engineers on Monday.',
      'The engineers “were all of the opinion that the bridge can open in June”, commented for her part Mayor Ann Kowalski, assuring that the town would see “far fewer lorries” in the old streets.',
    );
    expect(r.live('far fewer lorries')?.speakerName).toBe('Ann Kowalski');
  });

  it('gives a second "and said" quote to the one who said the first, not to the sentence’s first name', () => {
    const r = draft(
      'Harbour Party’s housing spokeswoman Helen Brooks said her group has backed the plan "for years", and said it was "a waste of money that the town simply cannot afford to lose".',
    );
    expect(r.live('a waste of money')?.speakerName).toBe('Helen Brooks');
  });
});

describe('quote speakers: no speaker carried from another paragraph', () => {
  it('leaves a quotation in a new paragraph, the last one closed, waiting for its speaker', () => {
    const r = draft(
      '"We are ready for the works," said Mayor Ann Kowalski.',
      'The works will start in June.',
      '"The works will last two years and the road will stay open to buses."',
    );
    expect(r.live('last two years')).toBeUndefined();
    expect(r.waiting('last two years')?.notes.join(' ')).toMatch(/name who said it/);
  });

  it('keeps a quotation the paragraph before left open with its speaker', () => {
    const r = draft(
      'Mayor Ann Kowalski said: "We are ready for the works and the town is ready too.',
      '"The works will last two years and the road will stay open to buses."',
    );
    expect(r.live('last two years')?.speakerName).toBe('Ann Kowalski');
  });

  it('keeps the speaker of the quotation just before in the same paragraph', () => {
    const r = draft(
      'The storm hit on Sunday. "It could have been worse," Tom Reyes said. "The boats were all tied up before the wind came in from the sea."',
    );
    expect(r.live('boats were all tied')?.speakerName).toBe('Tom Reyes');
  });
});

describe('quote about: asked only of one or two words', () => {
  it('gives a longer quote a plain "what X said" and no note on it; a short one keeps its guess and note', () => {
    const r = draft(
      'Councillor Tom Akers, who voted against the plan, called the price "far too high for a town of our size".',
      'Councillor Helen Brooks called the plan "rushed".',
    );
    const long = r.live('far too high')!;
    expect(long.about).toBe('what Tom Akers said');
    expect(long.notes.some((n) => /^about:/.test(n))).toBe(false);
    const short = r.live('rushed')!;
    expect(short.about).not.toBe('what Helen Brooks said');
    expect(short.notes.some((n) => /^about:/.test(n))).toBe(true);
  });
});

describe('quote shape: what of a quotation is asked', () => {
  it('cuts a quotation over 30 words to its last sentence after an elision, a stretch of the evidence', () => {
    const r = draft(
      'During the council meeting on Tuesday, Mayor Ann Kowalski defended the works: "The engineers and I are working as quickly as we can to bring the bridge back into use [...] in the meantime the ferry is already carrying more people [...] we want a harbour where nobody has to wait an hour to cross the river."',
    );
    const q = r.live('nobody has to wait')!;
    expect(q.text).toBe('we want a harbour where nobody has to wait an hour to cross the river');
    expect(q.evidence).toContain(q.text);
  });

  it('keeps a quotation whole when its last piece leans on the words before it, or when it is short', async () => {
    const { quoteCore } = await import('../../../src/core/draft/quotes.js');
    const leaning =
      'It is clear that we have an impossible situation in the towns and villages along the river [...] because of the number of lorries using the old road every single day of the week';
    expect(quoteCore(leaning)).toBe(leaning);
    const short = 'damning that the council is not doing this already [...] including for the small towns';
    expect(quoteCore(short)).toBe(short);
    expect(
      quoteCore(
        'We lost about three thousand books when the water came in over the weekend and the basement filled up. The children’s section was hit hardest of all. We are back now and open every day from nine.',
      ),
    ).toBe('We are back now and open every day from nine');
  });

  it('drafts no list of names from inside a quotation', () => {
    const r = draft(
      'Mayor Ann Kowalski said: "Our deals with Norway, Sweden and Denmark are already bringing more ships to the harbour."',
    );
    expect(r.d.bank.facts.some((f) => f.kind === 'set')).toBe(false);
    expect(r.live('Our deals with Norway')?.speakerName).toBe('Ann Kowalski');
  });
});

describe('a participle of saying with no subject of its own (trial 7)', () => {
  it('gives the words to the main clause\'s subject, past an opening phrase, never to a name inside "denied that ..."', () => {
    const { speakerOf } = draft(
      'Harbour Minister David Moss spoke to reporters on Monday.',
      'In February last year, Moss denied that the Port Authority threatened to stop the ferries, arguing publication would "cause real and significant damage to the harbour".',
      'Anna Berg of the Port Authority said: "We never threatened anyone about the ferries."',
    );
    expect(speakerOf('cause real and significant damage')).toBe('David Moss');
  });
});

describe('a quotation over several sentences closed by "he said" (trial 8)', () => {
  it('goes to the person named last, not to the subject of an earlier sentence, asked from its first sentence (the later ones wait)', () => {
    const { speakerOf, live, waiting } = draft(
      'Rancher Jim Strickland uses the collars on 300 cows on his land.',
      'Researchers say the collars work. And Strickland said they are already working on more uses. “Now we’re seeing so many things. Once you start down the road of new technology, then it starts expanding. It’s like, what can we do next?” he said.',
    );
    for (const words of ['Now we’re seeing', 'what can we do next']) {
      expect(speakerOf(words), words).toBe('Jim Strickland');
    }
    // The later sentences are his too, but wait for the author: a second "Who said ...?" on one quotation repeats.
    expect(live('Now we’re seeing')).toBeDefined();
    expect(live('Once you start')).toBeUndefined();
    expect(waiting('Once you start')?.notes.join(' ')).toMatch(/another sentence of Jim Strickland's quotation of 3/);
  });
});

describe('"said the ROLE, Name" after a quote (trial 9)', () => {
  it('gives the words to the person named after the role, not to a body inside the role', () => {
    const { speakerOf } = draft(
      'Health officials met on Monday to discuss the outbreak.',
      '“We are seeing signs that the virus is not as severe as we feared,” said the CDC’s interim deputy director, Anne Schuchat.',
      '“We will keep watching,” said the Portuguese health minister, Ana Jorge.',
    );
    expect(speakerOf('not as severe')).toBe('Anne Schuchat');
    expect(speakerOf('keep watching')).toBe('Ana Jorge');
  });
});

describe('"spoke to X, ..., who said" (trial 11)', () => {
  it('gives the words to X, not to the outlet that spoke to them', () => {
    const { speakerOf } = draft(
      'Investigators released their report on the crash on Tuesday.',
      'AFP spoke to Terence Fan, an aviation expert at Singapore Management University, who said "It is a scenario that pilots train for all the time."',
    );
    expect(speakerOf('scenario that pilots train')).toBe('Terence Fan');
  });
});

describe('a participle that introduces a quotation (trial 14)', () => {
  it('gives the words to who did the deed before it, not to the last name on the way', () => {
    const { speakerOf } = draft(
      'Swedish political party Vänsterpartiet Malmö released a statement boycotting next year’s Eurovision saying, "We think it is vital to condemn the crimes."',
      'Eurovision organisers did not answer, and the Green Party said nothing either.',
    );
    expect(speakerOf('vital to condemn')).toBe('Vänsterpartiet Malmö');
  });
});

describe('quotes no "Who used the words" can ask (trial 14)', () => {
  it('drafts no one-word question back, and holds words quoted in two sentences for the author', () => {
    const { anyQuote, waiting } = draft(
      'Singer Netta Barzilai said, "Thank you for choosing difference. Next year in Jerusalem!"',
      'Prime Minister Benjamin Netanyahu tweeted, "You brought honour to Israel. Next year in Jerusalem!"',
      'Lawmaker Nessa Childers wrote on Twitter, "Jerusalem?"',
    );
    expect(anyQuote('Jerusalem?')).toBe(false);
    expect(waiting('Next year in Jerusalem')?.notes.at(-1)).toMatch(/quotes these words in two sentences/);
  });
});

describe('a speaker the article does not name (trial 19)', () => {
  it('is "the source" who said it, a person, not the last person named', () => {
    const { speakerOf } = draft(
      'Opposition leader Deniz Baykal called the arrests an attempt to silence critics on Monday.',
      'Wikinews interviewed a resident who wished not to be named. "It affected everyone in the whole country," said the source.',
    );
    expect(speakerOf('affected everyone')).toBe('the source');
  });
});
