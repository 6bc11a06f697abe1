// What trials 45 (Wikinews, hackers attack the Church of Scientology's website) and 46 (Wikinews, a Virgin train
// derails in Cumbria) found: speakers named after a description of them, quotations split into pieces, and
// names, figures and reasons the drafter misread.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

const quotes = (d: ReturnType<typeof draftArticle>) =>
  allFacts(d).flatMap((f) => (f.kind === 'quote' ? [{ text: f.text, speaker: f.speaker }] : []));

describe('trial 46: a speaker named after a description of them', () => {
  it('gives the words to the person named after "said a spokesman for ...," and "said a BBC executive,"', () => {
    const d = draftArticle(
      'Virgin train derails in Cumbria',
      '"It\'s our understanding there are a number of people injured on the train. We think there are numerous injuries," said a spokesman for the Cumbria Fire and Rescue squad, Brian Mitchelhill.',
      '"The carriage I am in is completely on its side, it did a sort of bump," said a BBC executive, Caroline Thomson.',
    );
    expect(d.bank.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(
      expect.arrayContaining(['Brian Mitchelhill', 'Caroline Thomson']),
    );
    const speakers = new Set(quotes(d).map((q) => q.speaker));
    expect([...speakers].sort()).toEqual(['brian-mitchelhill', 'caroline-thomson']);
  });
});

describe('trial 43: a quotation of three sentences', () => {
  it('is asked from its first sentence, not from those leaning on the one before', () => {
    const d = draftArticle(
      'British white paper on public health',
      'Health Secretary John Reid presented the paper on Tuesday.',
      '"We are not going to lecture people on how to live their lives. But people do not have the right to impose their choices on others. That is why we are acting on smoking in public places," said Reid.',
    );
    const texts = quotes(d).map((q) => q.text);
    expect(texts.some((t) => t.startsWith('We are not going to lecture'))).toBe(true);
    expect(texts.some((t) => t.startsWith('That is why'))).toBe(false);
    expect(texts.some((t) => t.startsWith('But people'))).toBe(false);
  });
});

describe('trial 46: names of a firm, a station, a service and a town', () => {
  const d = draftArticle(
    'Virgin train derails in Cumbria',
    'A train, with as many as 180 people onboard, operated by Virgin Trains has derailed and crashed in Cumbria, England.',
    "The train was the 17:15 service from London's Euston Station to Glasgow Central. Hospital reports early on Saturday morning indicate 1 death.",
    'Firefighters of the Cumbria Fire and Rescue squad reached the site at night.',
    'As of 22:16, Sleeper services over the affected line have been suspended. Other major services are terminating at Preston or Carlisle.',
  );
  const kindOf = (name: string) => d.bank.entities.find((e) => e.name.replace(/^the /, '') === name)?.kind;

  it('reads "Virgin Trains" as a firm and "the Cumbria Fire and Rescue" whole, and makes no body of "Sleeper" or a station', () => {
    expect(kindOf('Virgin Trains')).toBe('organisation');
    expect(kindOf('Cumbria Fire and Rescue')).toBe('organisation');
    expect(kindOf('Sleeper')).toBeUndefined();
    expect(kindOf('Euston Station')).not.toBe('organisation');
  });

  it('makes no person of a town named only after "at"', () => {
    expect(d.bank.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('keeps "as many as" in the figure, and blanks "1 death" without the singular giving it away', () => {
    const facts = allFacts(d);
    expect(facts.find((f) => f.kind === 'quantity' && f.value === 180)).toMatchObject({ precision: 'up to' });
    const death = facts.find((f) => f.kind === 'quantity' && f.value === 1);
    expect(death?.kind === 'quantity' && death.question).toContain('indicate _____ death(s).');
  });
});

describe('trial 44: "over five years" is a span, not a floor', () => {
  it('reads no "more than" into "over five years"', () => {
    const d = draftArticle('Bloc announced', 'The 32 projects will be built over five years, the ministers said.');
    const years = allFacts(d).find((f) => f.kind === 'quantity' && f.value === 5);
    expect(years?.kind === 'quantity' ? (years.precision ?? 'exact') : undefined).toBe('exact');
  });
});

describe('trials 44 to 46: reasons and purposes in common words', () => {
  const causes = (...paragraphs: string[]) =>
    allFacts(draftArticle('Report', ...paragraphs)).flatMap((f) =>
      f.kind === 'cause' ? [{ effect: f.effect, cause: f.cause, relation: f.relation }] : [],
    );

  it('reads "was hampered by", "in response to" and "praised ... for <doing>"', () => {
    expect(
      causes(
        'The rescue effort was hampered by limited access to the remote site and poor weather conditions.',
        'Network Rail has checked 700 sets of rail points in response to the accident, though no limits were set.',
        'Mr Branson also praised the driver of the train for attempting to stop the train.',
      ),
    ).toEqual([
      {
        effect: 'the rescue effort was hampered',
        cause: 'limited access to the remote site and poor weather conditions',
        relation: 'reason',
      },
      { effect: 'Network Rail has checked 700 sets of rail points', cause: 'the accident', relation: 'reason' },
      {
        effect: 'Mr Branson praised the driver of the train',
        cause: 'attempting to stop the train',
        relation: 'reason',
      },
    ]);
  });

  it('reads "was prompted by" in a clause someone explains, and "was convened principally to"', () => {
    expect(
      causes(
        "The site explains, in a satirical fashion, that the incident was prompted by the church's attempts to remove a video from YouTube.",
        'The summit was convened principally to sign the two-page preamble on the second day.',
      ),
    ).toEqual([
      {
        effect: 'the incident was prompted',
        cause: "the church's attempts to remove a video from YouTube",
        relation: 'reason',
      },
      {
        effect: 'the summit was convened',
        cause: 'to sign the two-page preamble on the second day',
        relation: 'purpose',
      },
    ]);
  });

  it('takes the clause before an aside of examples as what happened', () => {
    expect(
      causes(
        "Last week, the House passed a sanctions bill targeting members of the inner circle, including his children and other family members, in response to the country's authoritarian backslide.",
      ),
    ).toEqual([
      {
        effect: 'the House passed a sanctions bill targeting members of the inner circle',
        cause: "the country's authoritarian backslide",
        relation: 'reason',
      },
    ]);
  });
});

describe('trial 45: a follower\'s noun, a website, a share and "-fold"', () => {
  it('reads "Scientologist Tom Cruise" as Tom Cruise, and "the site Operation Clambake" as no person', () => {
    const d = draftArticle(
      'Hackers attack Church of Scientology website',
      'The church tried to remove a video featuring Scientologist Tom Cruise from YouTube. Tom Cruise said nothing.',
      'Critics at the Scientology-critic site Operation Clambake were critical of the attacks.',
    );
    const people = d.bank.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toContain('Tom Cruise');
    expect(people).not.toContain('Scientologist Tom Cruise');
    expect(people).not.toContain('Operation Clambake');
  });

  it('counts no "three" in "one in three visits", and asks "18-fold" in times', () => {
    expect(findNumbers('At that time, one in three visits to the site came from BBC News.')).toEqual([]);
    expect(findNumbers('Traffic to the website had already increased 18-fold prior to the attack.')[0]).toMatchObject({
      value: 18,
      unit: 'times',
    });
  });
});
