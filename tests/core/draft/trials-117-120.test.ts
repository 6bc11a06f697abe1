// What trials 117 (VOA, school segregation), 118 (Wikinews, an Amtrak collision), 119 (NASA) and 120 (Wikinews, a
// mercenary's trial in Iraq) found, and shapes of the same kind: firms named by their trade, job titles before a
// name, positions a quiz can ask only one of.
import { describe, expect, it } from 'vitest';
import { draftEvents } from '../../../src/core/draft/events.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import type { Fact } from '../../../src/core/types.js';
import { allFacts, draftArticle, draftArticleAsInit } from '../../helpers/draft-article.js';

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

  it('asks one position, on a sentence no other fact asks; each stays on its person (teachers deleted all 14 drafted, two to an article, in trials 270-312)', () => {
    expect(roles(allFacts(d))).toEqual(['linda-ortiz']);
    const role = (id: string) => d.bank.entities.find((e) => e.id === id)?.role;
    expect([role('linda-ortiz'), role('raj-patel'), role('tom-akers')]).toEqual(['Mayor', 'Councillor', 'engineer']);
  });
});

describe('trials 117 and 120: a media player and an archive notice pasted with the page', () => {
  it("leaves the player's own lines and Wikinews's robot archive notice out of the article", () => {
    const d = draftArticle(
      'School segregation getting worse',
      'Embed',
      'The code has been copied to your clipboard.',
      'width px height px',
      'No media source currently available',
      '0:00 0:07:08 0:00',
      'May 17 marked the 70th anniversary of one of the most notable cases in U.S. Supreme Court history.',
      'Researchers say that school segregation has gotten worse over the years.',
      'This page has been automatically archived by a robot, and is no longer publicly editable.',
      'Got a correction? Add the template {{editprotected}} to the talk page along with your corrections.',
      'Please note that the listed sources may no longer be available online.',
    );
    const excluded = d.bank.article.exclude ?? [];
    for (const line of [
      'The code has been copied to your clipboard.',
      'width px height px',
      'No media source currently available',
      '0:00 0:07:08 0:00',
      'This page has been automatically archived by a robot, and is no longer publicly editable.',
      'Please note that the listed sources may no longer be available online.',
    ])
      expect(excluded, line).toContain(line);
    expect(d.pending?.find((p) => p.fact.kind === 'main-idea')?.fact.evidence).toMatch(/^May 17 marked/);
  });
});

describe("trials 117-120: where a person's name begins and ends", () => {
  const people = (...paragraphs: string[]) =>
    draftArticle('Report', ...paragraphs)
      .bank.entities.filter((e) => e.kind === 'person')
      .map((e) => e.name);

  it('reads "Principal Investigator" as a title and "Passenger" as no part of a name', () => {
    expect(
      people('The mission is led by Principal Investigator Alan Stern, who said the readings were "a surprise".'),
    ).toEqual(['Alan Stern']);
    expect(
      people('Passenger Derek Pettaway told the CNN network that he had been sleeping when the collision happened.'),
    ).toEqual(['Derek Pettaway']);
  });

  it('ends a name before "of" a town a state follows, and finds the second of the pair', () => {
    expect(
      people(
        'The crew included 54-year-old engineer Michael Kempf of Savannah, Georgia, and 36-year-old conductor Michael Cella of Orange Park, Florida.',
      ),
    ).toEqual(['Michael Kempf', 'Michael Cella']);
  });

  it('takes both authors after "two UCLA professors –"', () => {
    expect(
      people(
        'It was written by two UCLA professors – Gary Orfield and Ryan Pfleger.',
        'Orfield said it was "troubling".',
      ),
    ).toEqual(['Gary Orfield', 'Ryan Pfleger']);
  });

  it('keeps a laboratory named for two fields whole, and makes no body of a constitution or a person of a belt', () => {
    const d = draftArticle(
      'Report',
      'The instrument was built by students at the Laboratory for Atmospheric and Space Physics at the University of Colorado.',
      'The judges cited the Constitution of Iraq. The dust lies far beyond the Kuiper Belt, Stern said.',
    );
    expect(kindOf(d, 'the Laboratory for Atmospheric and Space Physics')).toBe('organisation');
    expect(kindOf(d, 'the Constitution of Iraq')).not.toBe('organisation');
    expect(kindOf(d, 'Kuiper Belt')).not.toBe('person');
  });
});

describe('trial 120: "He" is not a man the same sentence names', () => {
  it('gives "He claimed McGuigan had him at gunpoint" and the next "He" to the man the story is about', async () => {
    // The story's own paragraphs (Wikinews, CC BY 2.5), read with the NLP library as `init` reads them: the mistake
    // needs the library's people and the whole run of names and pronouns.
    const d = await draftArticleAsInit(
      'Mercenary gives evidence',
      "Danny Fitzsimons, 30, gave evidence today to the court in Karkh, Baghdad trying him for murdering a fellow Brit and an Australian in August 2009. The security contractor said his ArmorGroup collegues had tried to kill him in the city's Green Zone, challenged the fairness of his trial and offered a plea bargain.",
      "Fitzsimons used his pistol to kill Darren Hoare, 37, from Queensland, Australia and Paul McGuigan, 37, from Peebles, Borders, Scotland. The first Westerner tried in Iraq since the invasion in 2003, he testified that the trio were drinking whisky and began fighting after he punched McGuigan's face. He claimed McGuigan had him at gunpoint with an M4 rifle while Hoare pushed him on the ground after the pair entered his room.",
      '"I was seconds away from my death so I pulled my pistol," Fitzsimons told the three-judge panel. "I shouted twice to put down the weapon. He didn\'t respond to my commands, my requests, so I made a decision. I shot him [McGuigan] twice in the chest." Acting out the events, he added "Bang, bang in his chest."',
      'Next, according to Fitzsimons, he fired a third shot, this time hitting McGuigan in the face. His widow has described the three shots as an "execution". In further testimony today Fitzsimons told the judges Hoare then grabbed the pistol and tried to force it "to my throat to kill me... and while we were wrestling I fired two shots in the chest. I made the decision and pulled the trigger."',
      'He then fled for the British Embassy, but was stopped by an Iraqi guard who ordered the blood-soaked man to stop at gunpoint. Fitzsimons pulled his own gun and shot the guard in the thigh, for which he faces an attempted murder charge.',
    );
    for (const opening of ['He claimed', 'He then fled']) {
      const fact = allFacts(d).find((f) => f.evidence.startsWith(opening));
      expect(fact, opening).toMatchObject({ kind: 'action', actor: 'danny-fitzsimons' });
    }
  });
});

describe('trials 118 and 120: a deed cut at a comma inside it', () => {
  const actions = (...paragraphs: string[]) =>
    draftArticle('Report', ...paragraphs).bank.facts.flatMap((f) =>
      f.kind === 'action' ? [(f as Extract<Fact, { kind: 'action' }>).action] : [],
    );

  it('leaves out a relative clause between commas and keeps the verb it interrupts', () => {
    expect(
      actions(
        'Chairman Robert Sumwalt noted an automatic braking system called positive train control, which was not in use on the stretch of line, could have forestalled the collision.',
      ),
    ).toEqual(['noted an automatic braking system called positive train control could have forestalled the collision']);
  });

  it('never ends on a relative pronoun', () => {
    const all = actions(
      'Danny Fitzsimons gave evidence on Monday. He also offered the judges a plea bargain - he would plead guilty to the lesser charge of manslaughter, which, unlike murder, does not carry the death penalty.',
    );
    expect(all.length).toBeGreaterThan(0);
    for (const a of all) expect(a).not.toMatch(/\b(?:which|who)$/);
  });
});

describe('trials 119 and 120: what a figure counts', () => {
  const quantity = (sentence: string) =>
    allFacts(draftArticle('Report', sentence)).find((f) => f.kind === 'quantity') as
      Extract<Fact, { kind: 'quantity' }> | undefined;

  it('reads "over three years as ..." as the span of the deed, not "more than"', () => {
    const q = quantity(
      'The latest results were compiled over three years as New Horizons traveled from 45 to 55 astronomical units (AU) from the Sun.',
    );
    expect(q?.precision ?? 'exact').toBe('exact');
    expect(q?.counts).toBe('years over which the latest results were compiled');
  });

  it('reads AU as a unit and a day after "said" as no part of what is counted', () => {
    expect(quantity('Dust was found at distances beyond 100 AU from the Sun.')?.unit).toBe('astronomical units');
    expect(
      quantity('Samsung Electronics said on Monday it would cut 2,000 jobs in its phone division.')?.counts,
    ).not.toMatch(/Monday/);
  });

  it('never counts "shots as"', () => {
    expect(quantity('His widow has described the three shots as an "execution".')?.counts).not.toMatch(/\bas$/);
  });
});

describe('trial 118: a speaker set off by commas after an opening phrase', () => {
  it('gives "In a press conference, the state governor, Henry McMaster, said ... “...”" to McMaster', () => {
    const d = draftArticle(
      'Amtrak collision',
      'In a press conference, the state governor, Henry McMaster, said the Amtrak locomotive was "barely recognizable".',
      'Richard Anderson said the signals were "not working".',
    );
    const quote = allFacts(d).find((f) => f.kind === 'quote' && f.evidence.startsWith('In a press conference'));
    expect(quote).toMatchObject({ speaker: 'henry-mcmaster' });
  });
});

describe('trial 118: counts of people killed', () => {
  it('asks the first of two figures joined by "and at least" in its own clause', () => {
    const d = draftArticle(
      'Amtrak collision',
      'Two Amtrak employees were killed and at least 116 were injured, some seriously.',
    );
    const questions = d.bank.facts.flatMap((f) => (f.kind === 'quantity' && f.question ? [f.question] : []));
    expect(questions).toContain('How many employees were killed?');
  });

  it('keeps "killing three" of an earlier crash waiting under a headline of two killed', () => {
    const d = draftArticle(
      'Two killed, more than a hundred injured in Amtrak train collision',
      'An Amtrak train derailed at high speed while crossing above a highway, killing three; on January 31, a train hit a truck.',
    );
    const three = (d.pending ?? []).find((p) => p.fact.kind === 'quantity' && p.fact.value === 3);
    expect(three?.notes.join(' ')).toMatch(/more than one count of people killed/);
    expect(d.bank.facts.some((f) => f.kind === 'quantity' && f.value === 3)).toBe(false);
  });
});

describe('trials 117 and 119: a year, a role, a reason and a list read a word too far', () => {
  it('dates no event by the year of a figure set against today\'s ("up from 7 percent in 1988")', () => {
    const events = draftEvents(
      [
        'About 20 percent of American schools are intensely segregated, up from 7 percent in 1988, the report found.',
        'The company was founded in 2001.',
        'The court ruled against the plan in 1954.',
        'Troops were sent to the state in 1957.',
      ],
      'May 28, 2024',
    );
    expect(events.map((e) => e.when)).toEqual(['in 2001', 'in 1954', 'in 1957']);
  });

  it('ends a role before the relative clause that says more about the person', () => {
    const d = draftArticle(
      'Schools',
      'Sean Reardon said the schools were "unequal". He is a professor at Stanford who specializes in how poverty and inequality affects education.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Sean Reardon')?.role).toBe('professor at Stanford');
  });

  it('ends a reason given in quotation marks where the quotation ends', () => {
    const d = draftArticle(
      'Dust',
      '“New Horizons is making the first direct measurements of interplanetary dust far beyond Neptune and Pluto, so every observation could lead to a discovery,” said Alex Doner, lead author of the paper.',
    );
    const cause = allFacts(d).find((f) => f.kind === 'cause') as Extract<Fact, { kind: 'cause' }> | undefined;
    expect(cause?.effect).toBe('every observation could lead to a discovery');
    expect(cause?.cause).toMatch(/^New Horizons is making/);
  });

  it('makes no member of the state after the last item of a list of towns', () => {
    const d = draftArticle(
      'Dust',
      'The mission is run by the Southwest Research Institute, based in San Antonio and Boulder, Colorado.',
      'Stern said the dust was "a surprise".',
    );
    const sets = allFacts(d).filter((f) => f.kind === 'set') as Extract<Fact, { kind: 'set' }>[];
    for (const s of sets) expect(s.members).not.toContain('colorado');
  });
});

describe('trials 119 and 120: a figure written as one word with its scale, and a claim whose subject is "he"', () => {
  it('reads "5-billion-mile" as five billion miles', () => {
    expect(
      findNumbers('New Horizons’ 5-billion-mile, 18-year journey has been long.').map((n) => [n.value, n.unit]),
    ).toEqual([
      [5_000_000_000, 'miles'],
      [18, 'years'],
    ]);
  });

  it('drafts no true/false whose main clause is "he" after a fronted phrase', () => {
    const d = draftArticle(
      'Mercenary gives evidence',
      'Danny Fitzsimons, 30, gave evidence today to the court in Karkh, Baghdad trying him for murdering a fellow Brit and an Australian in August 2009.',
      "The first Westerner tried in Iraq since the invasion in 2003, he testified that the trio were drinking whisky and began fighting after he punched McGuigan's face.",
    );
    expect(
      allFacts(d)
        .filter((f) => f.kind === 'statement')
        .map((f) => f.evidence),
    ).not.toContainEqual(expect.stringMatching(/^The first Westerner/));
  });
});

describe("trial 120: a claim carrying people's ages and homes", () => {
  it('drops "Darren Hoare, 37, from Queensland, Australia" to the name, so the swapped version reads cleanly', async () => {
    const d = await draftArticleAsInit(
      'Mercenary gives evidence',
      'Danny Fitzsimons, 30, gave evidence today to the court in Karkh, Baghdad trying him for murdering a fellow Brit and an Australian in August 2009.',
      'Fitzsimons used his pistol to kill Darren Hoare, 37, from Queensland, Australia and Paul McGuigan, 37, from Peebles, Borders, Scotland.',
      '"I was seconds away from my death so I pulled my pistol," Fitzsimons told the three-judge panel.',
      'McGuigan had him at gunpoint, Fitzsimons said. Hoare then grabbed the pistol, he said.',
    );
    const claim = allFacts(d).find((f) => f.kind === 'statement' && f.evidence.startsWith('Fitzsimons used'));
    expect(claim).toMatchObject({ text: 'Fitzsimons used his pistol to kill Darren Hoare and Paul McGuigan' });
  });
});
