// The twenty-fifth session's trials: reasons the drafter read wrong or missed, and what teachers deleted every time.
import { describe, expect, it } from 'vitest';
import { causeOf, stanceOf } from '../../../src/core/draft/comprehension.js';
import { allFacts, draftArticle, draftArticleAsInit } from '../../helpers/draft-article.js';

describe('reasons a science story gives (trials 282, 299, 305, 308)', () => {
  it('"a sandstorm occurred due to high winds": the clause happened already, asked as why it occurred', async () => {
    expect(causeOf('A sandstorm occurred due to high winds.')).toMatchObject({
      effect: 'a sandstorm occurred',
      cause: 'high winds',
    });
    const d = await draftArticleAsInit(
      'Storm hits Mecca',
      'Rain fell on the pilgrims for two hours on Friday.',
      'A sandstorm occurred due to high winds.',
    );
    const cause = allFacts(d).find((f) => f.kind === 'cause');
    expect(cause).toMatchObject({ question: 'According to the article, why did a sandstorm occur?' });
    // A noun that reads as a verb is still a thing that happened.
    expect(causeOf('The power cut was blamed on a storm that hit the coast overnight.')).toMatchObject({
      effect: 'the power cut happened',
    });
  });

  it('one word can be the reason ("due to stress"), with the examples that follow it; a pointing word cannot', () => {
    expect(
      causeOf('The algae are expelled due to stress, such as higher-than-normal water temperatures or pollution.'),
    ).toMatchObject({
      effect: 'the algae are expelled',
      cause: 'stress, such as higher-than-normal water temperatures or pollution',
    });
    expect(causeOf('The accidents have usually been due to overcrowding.')).toMatchObject({ cause: 'overcrowding' });
    expect(causeOf('The ferry sank quickly due to these.')).toBeUndefined();
  });

  it('"Bleaching occurs when the algae ... are expelled due to stress": the reason is the expelling\'s', () => {
    expect(
      causeOf(
        'Bleaching occurs when the algae that live inside corals (and give them some of their colors) are expelled due to stress, such as higher-than-normal water temperatures or pollution.',
      ),
    ).toMatchObject({ effect: 'the algae that live inside corals are expelled' });
  });

  it('"Researchers say they think dogs are tuned in ... because ...": what they think is what happened', () => {
    expect(
      causeOf(
        'Researchers say they think dogs are tuned in to what people say because dogs have lived with people for a long time.',
      ),
    ).toMatchObject({
      effect: 'dogs are tuned in to what people say',
      cause: 'dogs have lived with people for a long time',
    });
  });
});

describe("what the session's first four trials met (trials 313-316)", () => {
  it('a caption that opens "In this file photo" or ends "(REUTERS/Name/File Photo)" is furniture, not the title', () => {
    const d = draftArticle(
      'US Says Climate Change Is Threatening Emperor Penguins',
      'In this file photo, emperor penguins are seen at the Halley Bay colony in Antarctica. (REUTERS/Martin Passingham/File Photo)',
      'The U.S. Fish and Wildlife Service said on Tuesday that emperor penguins are threatened by climate change.',
    );
    expect(d.bank.title).toBe('US Says Climate Change Is Threatening Emperor Penguins');
    expect(d.bank.article.exclude).toContain(
      'In this file photo, emperor penguins are seen at the Halley Bay colony in Antarctica. (REUTERS/Martin Passingham/File Photo)',
    );
  });

  it('"is the director of the U.S. Fish and Wildlife Service": the role runs past the initialism and the name\'s "and"', () => {
    const d = draftArticle(
      'Penguins',
      'Martha Williams is the director of the U.S. Fish and Wildlife Service. Williams said the agency would act.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Martha Williams')?.role).toBe(
      'director of the U.S. Fish and Wildlife Service',
    );
  });

  it('"4 PM PDT" is a clock time; "a small chance (approximately 2 percent) of an earthquake" is the chance\'s figure', () => {
    const d = draftArticle(
      'Quake update',
      'As of Tuesday Aug. 26, 4 PM PDT, there have been more than 80 aftershocks.',
      'However, there is a small chance (approximately 2 percent) of an earthquake equal to or larger than this mainshock.',
    );
    const values = allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [[f.value, f.counts]] : []));
    expect(values).not.toContainEqual([4, expect.anything()]);
    expect(values).toContainEqual([2, 'percent chance of an earthquake equal to or larger than this mainshock']);
  });

  it('"temperatures will as well, leading to ...": no effect whose verb is left out', () => {
    expect(
      causeOf(
        'However, if carbon emissions continue to rise, temperatures will as well, leading to more sea ice destruction.',
      ),
    ).toBeUndefined();
  });
});

describe('what set off unrest, and what angered people (trials 314 and 316)', () => {
  it('"The unrest began ... after X accused Y of ...": the deed is the reason; not "The meeting began after the mayor arrived"', () => {
    expect(
      causeOf(
        'The unrest began in mid-December after President Kiir accused his former vice president Riek Machar of attempting a coup -- a charge Machar has denied.',
      ),
    ).toMatchObject({
      effect: 'the unrest began in mid-December',
      cause: 'President Kiir accused his former vice president Riek Machar of attempting a coup',
    });
    expect(causeOf('Fighting broke out after rebels attacked a police post near the border.')).toMatchObject({
      cause: 'rebels attacked a police post near the border',
    });
    expect(causeOf('The meeting began after the mayor arrived.')).toBeUndefined();
    expect(causeOf('The festival started two days after organizers announced the lineup.')).toBeUndefined();
  });

  it('"were infuriated over how a vote ... was handled": what angered them is the reason; not "angry at him"', () => {
    expect(
      causeOf('Minority Republicans were infuriated over how a vote on an agriculture measure was handled.'),
    ).toMatchObject({ cause: 'how a vote on an agriculture measure was handled' });
    expect(causeOf('She was angry at him.')).toBeUndefined();
  });
});

describe('parties and whips (trial 314)', () => {
  it('"Democrats" alone is a group, as "Republicans" is; "said Republican whip Roy Blunt" names a person with a role', () => {
    const d = draftArticle(
      'Congress quarrels',
      '"This is the worst abuse of power I have seen," said Republican whip Roy Blunt.',
      'Democrats said the vote was fair, but Republicans walked out in protest.',
    );
    const entity = (name: string) => d.bank.entities.find((e) => e.name === name);
    expect(entity('Democrats')?.kind).toBe('group');
    expect(entity('Roy Blunt')).toMatchObject({ kind: 'person', role: 'Republican whip' });
  });
});

describe("the review's counterexamples to the session's rules", () => {
  it('a caption line that goes on to a second sentence of story stays; "In this Aug. 3, 2020, file photo, ..." is a caption', () => {
    const d = draftArticle(
      'Drought in Kansas',
      'In this file photo from 2019, Governor Laura Kelly speaks in Topeka. Kelly declared a drought emergency on Monday, her office said.',
      'In this Aug. 3, 2020, file photo, a farmer inspects dry corn in Kansas.',
      'The state has had little rain since May, officials said.',
    );
    expect(d.bank.article.exclude).toEqual(['In this Aug. 3, 2020, file photo, a farmer inspects dry corn in Kansas.']);
  });

  it('"due to fog" is a reason; "Prices rose sharply due to inflation" happened already; "due to them" is none', () => {
    expect(causeOf('Several flights were cancelled due to fog.')).toMatchObject({ cause: 'fog' });
    expect(causeOf('Prices rose sharply due to inflation.')).toMatchObject({ effect: 'Prices rose sharply' });
    expect(causeOf('Schools were closed due to them.')).toBeUndefined();
  });

  it('the position asked is of someone quoted or acting, not of someone named in passing', () => {
    const d = draftArticle(
      'Base reopens',
      'The base is named after General Robert Lee Scott, a hero of the Second World War.',
      '"We are ready to welcome visitors again," said Army spokesman John Hale on Monday.',
      'The base closed in March for repairs to its runway.',
    );
    const role = allFacts(d).filter((f) => f.kind === 'role');
    expect(role.map((f) => (f.kind === 'role' ? f.entity : ''))).toEqual(['john-hale']);
  });
});

describe('a forum repost (trial 319)', () => {
  it('"Recommended Posts" and the forum\'s other frame lines are furniture; the headline above them is the title', () => {
    const d = draftArticle(
      'Jump to content',
      'Journey to a Metal-Rich World: NASA’s Psyche Is Ready to Launch',
      'Recommended Posts',
      'The spacecraft is targeting an Oct. 12 liftoff atop a Falcon Heavy rocket. Its destination may tell us more about how planets form.',
      'Share this post',
      'Link to post',
    );
    expect(d.bank.title).toBe('Journey to a Metal-Rich World: NASA’s Psyche Is Ready to Launch');
    for (const line of ['Recommended Posts', 'Share this post', 'Link to post'])
      expect(d.bank.article.exclude).toContain(line);
  });
});

describe('"supported" that takes no side (trial 317)', () => {
  it('a passive or what a place could sustain is no stance; backing a plan is', () => {
    expect(stanceOf('said the region possibly supported life')).toBeUndefined();
    expect(stanceOf('Phoenix was supported by orbiting NASA spacecraft')).toBeUndefined();
    expect(stanceOf('The move was welcomed by residents')).toBeUndefined();
    expect(stanceOf('has backed the proposal')).toMatchObject({ side: 'in favour' });
    expect(stanceOf('supported the plan to build a bridge')).toMatchObject({ side: 'in favour' });
  });
});

describe('a list that opens the clause said (trial 317)', () => {
  it('"NASA says that colder temperatures, lack of sunlight and increased dust ... has stopped ...": the list is whole', () => {
    const sentence =
      "NASA says that colder temperatures, lack of sunlight and increased dust particles on the lander's solar arrays has stopped its on board batteries from charging, causing the instruments to fail.";
    const d = draftArticle('Phoenix mission ends', sentence);
    const action = allFacts(d).find((f) => f.kind === 'action');
    expect(action).toMatchObject({
      action:
        "says that colder temperatures, lack of sunlight and increased dust particles on the lander's solar arrays has stopped its on board batteries from charging",
    });
    expect(causeOf(sentence)).toMatchObject({
      effect:
        "colder temperatures, lack of sunlight and increased dust particles on the lander's solar arrays has stopped its on board batteries from charging",
    });
  });
});

describe("the second review's counterexamples", () => {
  it('"In March, schools and offices closed because of the flu": a phrase of when before the comma opens no list', () => {
    expect(causeOf('In March, schools and offices closed because of the flu.')).toMatchObject({
      effect: 'schools and offices closed',
      cause: 'the flu',
    });
    expect(causeOf('After the storm, roads and bridges closed because of flooding.')).toMatchObject({
      effect: 'roads and bridges closed',
    });
  });

  it('"supported life-saving road safety measures" takes a side', () => {
    expect(stanceOf('supported life-saving road safety measures in the plan')).toMatchObject({ side: 'in favour' });
  });

  it('"said that the mission, launched in 2018 and extended twice, was a success": an aside is no list', () => {
    const d = draftArticle(
      'Mission ends',
      'Official Lisa Moore said that the mission, launched in 2018 and extended twice, was a success.',
    );
    expect(allFacts(d).filter((f) => f.kind === 'action' && /extended twice$/.test(f.action))).toEqual([]);
  });
});
