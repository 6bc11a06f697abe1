// What trials 53 (VOA Learning English, material for life on Saturn's moon Enceladus) and 54 (Wikinews, a tornado
// hits downtown Atlanta) found: a quotation broken by its attribution, a body glossed by a description, a group
// named by a body's name, a government named by its nationality, a sports role, and figures and swaps that read
// wrong.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 53: speakers and doers of a science story', () => {
  const d = draftArticle(
    'NASA Finds Material that Could Support Possible Life on Saturn’s Moon',
    'NASA has discovered new evidence that Saturn’s moon Enceladus holds material that is important to the early development of life. The American space agency said the new evidence came from observations made by its Cassini spacecraft.',
    'In announcing that discovery, NASA scientists said the presence of hydrogen molecules could signal deep-sea chemical reactions between water and rock.',
    '“Not only does Enceladus seem to meet the basic requirements for habitability,” said JPL’s Jonah Peter, “we now have an idea about how complex biomolecules could form there, and what sort of chemical pathways might be involved.”',
    'Peter is a doctoral student at Harvard University. He called the discovery of hydrogen cyanide “particularly exciting,” saying the molecule is “the starting point for most theories on the origin of life.”',
  );
  const quotes = allFacts(d).filter((f) => f.kind === 'quote');

  it('gives both halves of a quotation broken by "said X" to X', () => {
    const second = quotes.find((q) => q.kind === 'quote' && q.text.startsWith('we now have an idea'));
    expect(second?.kind === 'quote' && second.speaker).toBe('jonah-peter');
  });

  it('takes no speaker from the words after "saying" ("the molecule is")', () => {
    expect(d.bank.entities.map((e) => e.name)).not.toContain('the molecule is');
    expect(quotes.every((q) => q.kind === 'quote' && q.speaker !== 'molecule-is')).toBe(true);
  });

  it('reads "The American space agency" after NASA as NASA, not a body of its own', () => {
    expect(d.bank.entities.map((e) => e.name)).not.toContain('the American space agency');
    const said = allFacts(d).find((f) => f.kind === 'action' && f.action.startsWith('said the new evidence'));
    expect(said?.kind === 'action' && said.actor).toBe('nasa');
    // A student who answers with the article's words is right.
    expect(d.bank.entities.find((e) => e.id === 'nasa')?.aliases).toContain('the American space agency');
  });

  it('reads a sentence with no function word as English: "Cassini spent seven years observing ..."', () => {
    const d2 = draftArticle(
      'NASA finds material',
      'NASA said the new evidence came from its Cassini spacecraft. Cassini spent seven years observing seasonal changes around Saturn.',
    );
    expect(allFacts(d2).find((f) => f.kind === 'quantity')).toMatchObject({ value: 7, unit: 'years' });
  });

  it('swaps no body for a part of it ("a scientist at JPL" -> "at NASA" is true)', () => {
    const d2 = draftArticle(
      'NASA finds material',
      'The findings were published in a study by scientists from NASA’s Jet Propulsion Laboratory (JPL) in California. NASA has discovered new evidence that the moon holds material important to life.',
      'Tom Nordheim is a planetary scientist at JPL who helped lead the research on the moon.',
    );
    const swaps = allFacts(d2).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    expect(swaps.filter((x) => /JPL|Jet Propulsion/.test(x.replace) && x.with === 'NASA')).toEqual([]);
  });

  it('gives NASA no deed of "NASA scientists"', () => {
    expect(allFacts(d).some((f) => f.kind === 'action' && /^scientists\b/.test(f.action))).toBe(false);
  });
});

describe('trial 52, again: a government named by its nationality', () => {
  it('is the country the article names, which a reader may also call the government', () => {
    const d = draftArticle(
      "UN tribunal dismisses China's claims to South China Sea",
      "A United Nations tribunal dismissed China's claims to the South China Sea on Tuesday. The case was brought by the Philippines in 2013.",
      'Many nations made statements after the decision. The Chinese government opposed the decision, calling it "ill-founded". The Philippine government referred to the decision as a "milestone decision".',
    );
    expect(d.bank.entities.filter((e) => /government/.test(e.name))).toEqual([]);
    const china = d.bank.entities.find((e) => e.id === 'china');
    expect(china?.aliases).toEqual(expect.arrayContaining(['the Chinese government', 'the government']));
    const opposed = allFacts(d).find((f) => f.kind === 'action' && f.action.startsWith('opposed the decision'));
    expect(opposed?.kind === 'action' && opposed.actor).toBe('china');
  });
});

describe('trial 54: a tornado story', () => {
  const d = draftArticle(
    'Tornado hits downtown Atlanta',
    'The National Weather Service confirmed Saturday morning that it was a tornado that struck the city. After reviewing the aftermath of the storm, they classified it as an EF2 tornado on the Enhanced Fujita scale.',
    'The Fulton Cotton Mill Lofts are located in the historic Cabbagetown neighborhood, where at least 20 homes were destroyed.',
    'At least 27 people suffered injuries, mostly cuts and bruises. Around 50 people have been taken to a local Red Cross shelter for displaced residents.',
    'The tornado struck during the semifinal game between Mississippi State and Alabama. Play was stopped with around 2 minutes to go in overtime when heavy wind could be heard outside. Damage was done to the roof as debris fell to the floor. "I thought it was a tornado or a terrorist attack," said Mississippi State guard Ben Hansbrough.',
    'According to Georgia Power, more than 13,000 of their customers are currently without electricity.',
  );
  const quantity = (value: number) => allFacts(d).find((f) => f.kind === 'quantity' && f.value === value);

  it("reads a role it did not list before, a player's, and gives the player his words", () => {
    const q = allFacts(d).find((f) => f.kind === 'quote' && f.text.startsWith('I thought it was a tornado'));
    expect(q?.kind === 'quote' && q.speaker).toBe('ben-hansbrough');
    expect(d.bank.entities.find((e) => e.id === 'ben-hansbrough')?.role).toBe('Mississippi State guard');
  });

  it('makes no person of a scale, nor a body of a building', () => {
    const names = d.bank.entities.filter((e) => e.kind === 'person' || e.kind === 'organisation').map((e) => e.name);
    expect(names.join('|')).not.toMatch(/Fujita|Lofts/);
  });

  it('drafts a hedged figure that opens its sentence, and counts what "of their" names', () => {
    expect(quantity(50)).toMatchObject({ unit: 'people', precision: 'about' });
    expect(quantity(13000)).toMatchObject({ unit: 'customers', counts: 'customers', precision: 'more than' });
  });

  it('ends what a figure counts where a "when" clause begins', () => {
    const minutes = quantity(2);
    expect(minutes?.kind === 'quantity' && minutes.counts).toBe('minutes to go in overtime');
  });

  it('drafts no short deed "also" done (others did it too)', () => {
    const d2 = draftArticle(
      'Tornado hits downtown Atlanta',
      'The CNN Center in downtown Atlanta was severely damaged. The Omni Hotel, which is attached to the CNN Center, also sustained damage, with many of its windows shattered.',
      '"Ironically, the guy behind me got a phone call saying there was a tornado warning," said Lisa Lynn, who was attending the game. "And in two seconds, we heard the noise and things started to shake. It was creepy."',
    );
    expect(allFacts(d2).filter((f) => f.kind === 'action' && /sustained damage/.test(f.action))).toEqual([]);
  });

  it('swaps no "fell" for "rose" when nothing is measured', () => {
    const swaps = allFacts(d).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    expect(swaps.some((x) => x.with === 'rose')).toBe(false);
  });
});
