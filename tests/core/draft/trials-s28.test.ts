// The twenty-eighth session: reasons the drafts lost in the trials, which teachers wrote by hand.
import { describe, expect, it } from 'vitest';
import { causeOf, hedgedClaimOf } from '../../../src/core/draft/comprehension.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { allFacts, draftArticle, draftArticleAsInit } from '../../helpers/draft-article.js';
import { isFurniture, readLayout } from '../../../src/core/draft/furniture.js';

describe('a reason after "This came hours after ..."', () => {
  it('the clause after "after" is what happened, without its aside between dashes (trial 329)', () => {
    const c = causeOf(
      'This came hours after the Philippine Supreme Court found — for the second time this week — that the government could not prohibit her from leaving the country, because no charges had been filed against her.',
    );
    expect(c?.effect).toBe(
      'the Philippine Supreme Court found that the government could not prohibit her from leaving the country',
    );
    expect(c?.cause).toBe('no charges had been filed against her');
  });
  it('only a finding or a ruling: "This came a day after the storm hit the coast, because ..." is of what "This" means', () => {
    expect(
      causeOf('This came a day after the storm hit the coast, because the airport runways were still flooded.'),
    ).toBeUndefined();
    expect(causeOf('This happened because the pumps failed.')).toBeUndefined();
  });
});

describe('"so dry, the stalks break apart": a degree and what it brings about', () => {
  it('the degree is the reason, the clause after it the effect (trial 333)', () => {
    const c = causeOf('The corn on his farm is so dry, the stalks break apart just by touching them.');
    expect(c?.cause).toBe('The corn on his farm is so dry');
    expect(c?.effect).toBe('the stalks break apart just by touching them');
    expect(c?.relation).toBe('reason');
  });
  it('with "that" too; not "so far", "so much", nor a degree with no clause after it', () => {
    expect(causeOf('The water was so cold that the divers had to leave after ten minutes.')?.cause).toBe(
      'The water was so cold',
    );
    expect(causeOf('The river is so far the only source of water for the town.')).toBeUndefined();
    expect(causeOf('The team has grown so much in two years.')).toBeUndefined();
    expect(causeOf('The view from the top is so beautiful.')).toBeUndefined();
  });
});

describe('money "to help them pay": what a sum is for', () => {
  it('a settlement, a grant or a loan followed by "to" and a verb of use is a purpose (trial 333)', () => {
    const c = causeOf(
      'The Bowers are hoping for a small insurance settlement to help them pay their bills until next year.',
    );
    expect(c?.relation).toBe('purpose');
    expect(c?.effect).toBe('the Bowers are hoping for a small insurance settlement');
    expect(c?.cause).toBe('to help them pay their bills until next year');
    expect(causeOf('The town received a federal grant to build a new water plant.')?.cause).toBe(
      'to build a new water plant',
    );
  });
  it('not where "to" says whom the money went to, nor a sum "to date"', () => {
    expect(causeOf('The company paid a settlement to the families of the victims.')).toBeUndefined();
    expect(causeOf('The charity has raised $2 million in donations to date.')).toBeUndefined();
  });
});

describe('"Alan Bowers and his wife, Lori, are hoping ...": the subject before a name between commas', () => {
  it('keeps the name and the kin word as the subject of what happened (trial 333)', () => {
    const c = causeOf(
      'Alan Bowers and his wife, Lori, are hoping for a small insurance settlement to help them pay their bills until next year.',
    );
    expect(c?.effect).toBe('Alan Bowers and his wife are hoping for a small insurance settlement');
    expect(c?.cause).toBe('to help them pay their bills until next year');
  });
});

describe('a word turned round takes its own "a" or "an"', () => {
  it('"an increased risk" is false as "a decreased risk" (trial 339 printed "an decreased")', () => {
    const draft = draftArticle(
      'Study Links Poor Sleep to Health Problems',
      'Other studies have linked poor sleep to an increased risk of health problems like heart disease.',
      'The report was written by a committee of the Institute of Medicine in Washington.',
    );
    const f = allFacts(draft).find((x) => x.kind === 'statement' && x.evidence.startsWith('Other studies'));
    expect(f && f.kind === 'statement' ? f.falsify : undefined).toEqual([
      { replace: 'an increased', with: 'a decreased' },
    ]);
  });
});

describe('a claim that points to another sentence inside it', () => {
  it('"the reason for this link is unclear" is no statement; "this year" only dates (trial 339)', () => {
    const draft = draftArticle(
      'Report Says Millions Have Trouble at Bedtime',
      'Studies have linked poor sleep to weight gain in children.',
      'Researchers say the reason for this link is unclear.',
      'This year the study found that the number of sleepless adults was unclear.',
    );
    const statements = allFacts(draft).filter((x) => x.kind === 'statement');
    expect(statements.map((x) => x.evidence)).not.toContain('Researchers say the reason for this link is unclear.');
    expect(statements.map((x) => x.evidence)).toContain(
      'This year the study found that the number of sleepless adults was unclear.',
    );
  });
});

describe('"X led Y to do Z"; "struggled to find"; "alleging that ... because ..."', () => {
  it('what led someone to act is the reason (trial 340)', () => {
    const c = causeOf(
      'An increase in gray whale strandings led NOAA Fisheries to declare an Unusual Mortality Event for the population in 2019, prompting an investigation into the likely causes.',
    );
    expect(c?.cause).toBe('an increase in gray whale strandings');
    expect(c?.question).toBe(
      'According to the article, what led NOAA Fisheries to declare an Unusual Mortality Event for the population in 2019?',
    );
    expect(causeOf('Coach Smith led the team to victory in the final.')).toBeUndefined();
  });
  it('"struggled to find food" is no purpose; "fighting a desperate battle to prevent ..." still is (trial 340)', () => {
    expect(
      causeOf(
        'Some gray whales may have struggled to find food amid those shifts, said Dr. Sue Ellen Moore, a University of Washington researcher.',
      ),
    ).toBeUndefined();
    expect(causeOf('Workers are fighting a desperate battle to prevent the reactors from overheating.')?.relation).toBe(
      'purpose',
    );
  });
  it('what was alleged is what the reason explains (trial 338)', () => {
    const c = causeOf(
      'In a press statement from its European headquarters, Scientology accused the anonymous protesters of "hate speech and hate crimes", alleging that security measures were necessary because of death threats and bomb threats.',
    );
    expect(c?.effect).toBe('security measures were necessary');
    expect(c?.cause).toBe('death threats and bomb threats');
  });
});

describe("a reposting site's line of wire and date is no headline", () => {
  it('"Greenbelt MD (SPX) Sep 19, 2025" under the headline and its byline (trial 337)', () => {
    const page = [
      '24/7 Space News',
      "NASA's Tally of Planets Outside Our Solar System Reaches 6,000",
      'by NASA Staff Writers',
      'Greenbelt MD (SPX) Sep 19, 2025',
      '',
      'The official number of exoplanets tracked by NASA has reached 6,000, the agency said on Friday.',
      '',
      'Confirmed planets are added to the count on a rolling basis by scientists from around the world.',
    ].join('\n');
    const layout = readLayout(page);
    expect(layout.title).toBe("NASA's Tally of Planets Outside Our Solar System Reaches 6,000");
    expect(layout.date).toBe('Sep 19, 2025');
  });
  it('"by NOAA Fisheries 16 Oct 2022 17:33 UTC": the byline and the day (trial 340)', () => {
    const page = [
      'Edition',
      '',
      'Gray Whale numbers continue decline; NOAA Fisheries will continue monitoring',
      '',
      'by NOAA Fisheries 16 Oct 2022 17:33 UTC',
      '',
      'Gray whales that migrate along the West Coast of North America continued to decline in number, according to a new assessment.',
      '',
      'The population also produced the fewest calves on record this year, an accompanying report explains.',
    ].join('\n');
    const layout = readLayout(page);
    expect(layout.title).toBe('Gray Whale numbers continue decline; NOAA Fisheries will continue monitoring');
    expect(layout.date).toBe('16 Oct 2022');
    expect(layout.byline).toBe('NOAA Fisheries');
  });
});

describe("Wikinews's correction box", () => {
  it("its heading and its note are the page's, not the lede (trial 338)", () => {
    const page = [
      "Scientology protest group celebrates founder's birthday worldwide",
      '',
      'From Wikinews, the free news source you can write!',
      '',
      'Correction — March 19, 2008',
      'The next protest is scheduled for April 12, 2008. The article below states April 18 which is incorrect.',
      '',
      'Saturday, March 15, 2008',
      '',
      'The Internet group Anonymous today held further protests critical of the Church of Scientology.',
      '',
      'The global protests started in Australia where several hundred protesters gathered.',
    ].join('\n');
    expect(readLayout(page).furniture).toEqual(
      expect.arrayContaining([
        'Correction — March 19, 2008',
        'The next protest is scheduled for April 12, 2008. The article below states April 18 which is incorrect.',
      ]),
    );
    expect(isFurniture('The article below the photo gallery shows the protesters in Adelaide.')).toBe(false);
  });
});

describe('figures', () => {
  const one = (sentence: string, value: number) => findNumbers(sentence).find((n) => n.value === value);
  it('"two giant (titanosauriform) herbivorous sauropods": a gloss in brackets among the modifiers (trial 341)', () => {
    expect(
      one(
        'Skeletal remains of two giant (titanosauriform) herbivorous sauropods along with one lightweight carnivorous theropod were found.',
        2,
      )?.unit,
    ).toBe('giant herbivorous sauropods');
  });
  it('"600 dead whales" counts whales; "33 missing" and "40 dead in three towns" count people (trial 340)', () => {
    expect(one('He said roughly 600 dead whales were found.', 600)?.unit).toBe('dead whales');
    expect(one('There were 33 missing and 12 injured.', 33)?.unit).toBe('people');
    expect(one('The storm left 40 dead in three towns.', 40)?.unit).toBe('people');
  });
  it('each scale word multiplies: "one hundred thousand million dollars", "two hundred million" (trial 339)', () => {
    expect(findNumbers('Sleep problems cost one hundred thousand million dollars a year.')[0]).toMatchObject({
      value: 100_000_000_000,
      unit: 'dollars',
    });
    expect(findNumbers('It costs two hundred million dollars.')[0]?.value).toBe(200_000_000);
    expect(findNumbers('It costs one hundred thousand dollars.')[0]?.value).toBe(100_000);
    expect(findNumbers('A thousand people came.')[0]?.value).toBe(1000);
  });
  it('"The official number of exoplanets - planets outside our solar system - tracked by NASA" (trial 337)', () => {
    expect(
      one(
        'The official number of exoplanets - planets outside our solar system - tracked by NASA has reached 6,000.',
        6000,
      ),
    ).toMatchObject({ unit: 'exoplanets', counts: 'exoplanets tracked by NASA' });
  });
  it("a headline figure is left out where its noun follows the body's figure, or where it counts nothing named", () => {
    const draft = draftArticle(
      'Three new dinosaurs discovered in Australia',
      'Scientists in Queensland, Australia have discovered three new species of dinosaur in the Winton Formation.',
      'The find has been published in the journal PLoS ONE by museum palaeontologist Scott Hocknull, who led a team of 12 researchers.',
    );
    expect(draft.headlineFigures).toEqual(['three']);
    const nasa = draftArticle(
      "NASA's Tally of Planets Outside Our Solar System Reaches 6,000",
      'The official number of exoplanets tracked by NASA has reached 6,000, the agency said.',
      'There are more than 8,000 additional candidate planets awaiting confirmation.',
    );
    expect(nasa.headlineFigures).toEqual(['6,000']);
  });
});

describe("the review of the session's own changes", () => {
  it('one who leads people to do something is no reason (t320 drafted Steven Moore as a cause)', () => {
    expect(
      causeOf(
        'Steven Moore of the National Cancer Institute led a team of researchers to study more than 1.4 million people.',
      ),
    ).toBeUndefined();
    expect(causeOf('The team leader led the volunteers to search the woods.')).toBeUndefined();
  });
  it('a date standing as the title gives no headline figure ("Saturday, February 4, 2006"; t282)', () => {
    const draft = draftArticle(
      'Saturday, February 4, 2006',
      'Four rescue ships from Egypt arrived Friday afternoon, about ten hours after the sinking of the ferry.',
      'Officials said 27 percent of the passengers had been found alive by the ships.',
    );
    expect(draft.headlineFigures).toBeUndefined();
  });
});

describe('a claim with one "not" after a form of "be"', () => {
  const statementOn = (draft: ReturnType<typeof draftArticle>, start: string) => {
    const f = allFacts(draft).find((x) => x.kind === 'statement' && x.evidence.startsWith(start));
    return f && f.kind === 'statement' ? f.falsify : undefined;
  };
  it('is false without it: "are not recognized enough" -> "are recognized enough" (trial 339)', () => {
    const draft = draftArticle(
      'Report Says Millions Have Trouble at Bedtime',
      'The Institute of Medicine released a report on sleep problems in Washington on Tuesday.',
      'Sleep disorders are not recognized enough by the general public and the medical community.',
      'The committee was not paid for its work on the report.',
    );
    expect(statementOn(draft, 'Sleep disorders')).toEqual([{ replace: 'are not', with: 'are' }]);
    expect(statementOn(draft, 'The committee')).toEqual([{ replace: 'was not', with: 'was' }]);
  });
  it('not "not only ... but", "not yet", "not clear whether", nor two negations', () => {
    const draft = draftArticle(
      'Report Says Millions Have Trouble at Bedtime',
      'The Institute of Medicine released a report on sleep problems in Washington on Tuesday.',
      'The problem is not only common but also costly for businesses in the United States.',
      'The cause of the disorder is not yet known to doctors in the United States.',
      'It is not clear whether the new rules will help workers in the United States.',
      'The report was not read by anyone at the agency, and no one replied.',
    );
    for (const start of ['The problem', 'The cause', 'It is not', 'The report was'])
      expect(statementOn(draft, start)?.[0]?.with ?? '').not.toMatch(/^(?:is|was)$/);
  });
});

describe("the review of the session's rules (s28)", () => {
  it("a correction box needs its date; a story paragraph about a report is the story's", () => {
    expect(isFurniture('Correction')).toBe(false);
    expect(
      isFurniture(
        'The minister said on Tuesday that the report was incorrect. The report below states that 40,000 homes are at risk, which he says is wrong.',
      ),
    ).toBe(false);
    expect(isFurniture('Correction — March 19, 2008')).toBe(true);
  });
  it('a headline with a wire in brackets is still a headline', () => {
    const page = (line: string) =>
      readLayout([line, '', 'Police arrested a man in Boston on Friday after a chase, officials said.'].join('\n'));
    expect(page('Police arrest man in Boston (AP) Sep 19, 2025').title).toBe(
      'Police arrest man in Boston (AP) Sep 19, 2025',
    );
    expect(page('Cape Canaveral FL (SPX) Sep 19, 2025').date).toBe('Sep 19, 2025');
  });
  it('"led": not "led by", not leading a campaign, not a person who leads; still "Heavy rain led officials to ..."', () => {
    for (const s of [
      'A review led by the health department to examine waiting times found long delays.',
      'The charity led a campaign to raise money for the school.',
      'The senator led calls to ban fireworks in the city.',
      'The sergeant led his officers to storm the building.',
      'A local boy led police to find the missing girl.',
    ])
      expect(causeOf(s)).toBeUndefined();
    expect(causeOf('Heavy rain led officials to close the road.')?.cause).toBe('Heavy rain');
  });
  it('struggle words: "battling to contain", "working to restore" are purposes still', () => {
    expect(causeOf('Firefighters are battling to contain the blaze.')?.relation).toBe('purpose');
    expect(causeOf('Crews are working to restore power to the town.')?.relation).toBe('purpose');
  });
  it('"so bad, many residents told the BBC" is who said so', () => {
    expect(causeOf('The flooding was so bad, many residents told the BBC on Sunday.')).toBeUndefined();
  });
  it('a scale word before a hyphen is an adjective\'s: "two thousand hundred-year-old buildings"', () => {
    expect(findNumbers('The fire destroyed two thousand hundred-year-old buildings.')[0]).toMatchObject({
      value: 2000,
    });
    expect(findNumbers('Police found five million hundred-dollar bills.')[0]).toMatchObject({ value: 5_000_000 });
  });
  it('a harm word before a preposition or a verb ending in s still counts people', () => {
    expect(findNumbers('The storm left 40 dead across three states.')[0]?.unit).toBe('people');
    expect(findNumbers('One of the 12 injured remains in critical condition.').find((n) => n.value === 12)?.unit).toBe(
      'people',
    );
  });
  it('"vitamin A decreased": a capital A inside a claim is no article', () => {
    const draft = draftArticle(
      'Study of Vitamins in Mice',
      'The researchers at the University of Utah gave the mice extra vitamins for ten weeks in the study.',
      'Levels of vitamin A decreased in the mice that were given the extra vitamins.',
    );
    const f = allFacts(draft).find((x) => x.kind === 'statement' && x.evidence.startsWith('Levels'));
    if (f && f.kind === 'statement') expect(f.falsify).toEqual([{ replace: 'decreased', with: 'increased' }]);
  });
  it('"those who drank the water" and "this country" are no pointers', async () => {
    const draft = await draftArticleAsInit(
      'Country Bans Plastic Bags',
      'The government of Kenya banned plastic bags in the capital Nairobi on Monday.',
      'The long-term risk for those who drank the water is still unclear.',
      'Dairy farming in this country is not growing quickly, officials said on Monday.',
    );
    const evidence = allFacts(draft)
      .filter((x) => x.kind === 'statement')
      .map((x) => x.evidence);
    expect(evidence).toEqual([
      'The long-term risk for those who drank the water is still unclear.',
      'Dairy farming in this country is not growing quickly, officials said on Monday.',
    ]);
  });
  it("a headline figure takes out only the body's figure of the same thing", () => {
    const draft = draftArticle(
      'Storm Kills 12 in Texas',
      'A storm killed 12 people in northern Texas on Monday, officials said.',
      'It destroyed 12 houses and damaged dozens more in the town of Sherman.',
    );
    expect(allFacts(draft).some((f) => f.kind === 'quantity' && f.evidence.startsWith('It destroyed'))).toBe(true);
    const schools = draftArticle(
      'Ten Schools Close After Flood',
      'Ten roads leading to the schools were closed by the flood on Monday, officials said.',
      'The water rose two meters in the town of Kisumu overnight.',
    );
    expect(schools.headlineFigures).toBeUndefined();
  });
  it('"The activist group Maria Lopez founded" names a person', () => {
    const draft = draftArticle(
      'Activists March in Lima',
      'The activist group Maria Lopez founded in 2010 held a march in Lima on Saturday.',
      'Maria Lopez said the march was peaceful and that more would follow.',
    );
    expect(draft.bank.entities.find((e) => e.name === 'Maria Lopez')?.kind).toBe('person');
  });
});

describe('a hedged claim ending on a list', () => {
  it('keeps the list whole: "affecting how, when, and where they find food" (trial 340)', () => {
    const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
    expect(
      hedgedClaimOf(
        'She noted that gray whales feed on a wide variety of prey over an enormous range, so there could be many variables affecting how, when, and where they find food.',
        lower,
      )?.question,
    ).toBeUndefined();
    expect(
      hedgedClaimOf(
        'The storm is strong, so there could be delays affecting trains, buses, and ferries in the city.',
        lower,
      )?.question,
    ).toBe(
      'According to the article, how certain is it that there will be delays affecting trains, buses, and ferries in the city?',
    );
  });
});

describe('who did it, after "by" and a possessive', () => {
  it('"monitored by NASA\'s Exoplanet Science Institute" is the institute\'s deed (trial 337)', async () => {
    const draft = await draftArticleAsInit(
      'NASA Tally of Planets Reaches 6,000',
      'Confirmed planets are added to the count on a rolling basis by scientists from around the world.',
      "The number is monitored by NASA's Exoplanet Science Institute, based at Caltech's IPAC in Pasadena, California.",
    );
    const f = allFacts(draft).find((x) => x.kind === 'action' && x.evidence.startsWith('The number'));
    expect(f && f.kind === 'action' ? f.actor : undefined).toBe('exoplanet-science-institute');
  });
});

describe("the second review of the session's rules (s28)", () => {
  it('"so" before an adverb or a noun phrase of degree is no reason and effect', () => {
    expect(causeOf('The old bridge was so badly damaged that it had to be demolished.')).toBeUndefined();
    expect(causeOf('The water is so polluted, the worst recorded in the region this century.')).toBeUndefined();
    expect(causeOf('The water was so cold that the divers had to leave after ten minutes.')?.cause).toBe(
      'The water was so cold',
    );
  });
  it('money "to" is a purpose only as what someone got, sought or gave', () => {
    expect(causeOf('Police said there was no evidence he had used the money to buy weapons.')).toBeUndefined();
    expect(causeOf('Many charities face a shortage of funds to help refugees this winter.')).toBeUndefined();
    expect(causeOf('The town received a federal grant to build a new water plant.')?.relation).toBe('purpose');
  });
  it('"The suspect led detectives to recover the gun" names a person who leads', () => {
    expect(causeOf('The suspect led detectives to recover the gun from a river near his home.')).toBeUndefined();
  });
  it('"14 dead hours before ...": a time word after the harm word', () => {
    expect(findNumbers('The attack left 14 dead hours before the president was due to visit.')[0]?.unit).toBe('people');
  });
  it('"Ebola Cases Pass 1,000" takes out the body\'s 1,000 whatever it counts (the headline\'s noun may be another word)', () => {
    const draft = draftArticle(
      'Ebola Cases Pass 1,000',
      'The number of Ebola cases in Congo has passed 1,000, the health ministry said.',
      'A vaccine is being given to nurses and doctors in the region, officials said.',
    );
    expect(draft.headlineFigures).toEqual(['1,000']);
    expect(allFacts(draft).some((f) => f.kind === 'quantity' && f.evidence.startsWith('The number'))).toBe(false);
  });
  it('"not" claims: "has not been", "will not be", "wasn\'t"; not "not at all", "not any", "not that", a condition or a reason', async () => {
    const draft = await draftArticleAsInit(
      'New Drug Awaits Approval',
      'A drug company in Boston said on Monday that its new pill lowers blood pressure in adults.',
      'The company will not be selling the pill in Europe.',
      "The bridge wasn't built for heavy trucks, engineers said.",
      'The outcome of the talks is not at all certain, diplomats said on Monday.',
      'The train to Paris is not any cheaper than the plane, the report said.',
      'The match was not cancelled because of the rain, the club said.',
      'If the dam is not repaired before the rains, the town below it will flood, engineers said.',
    );
    const falsified = allFacts(draft).flatMap((f) => (f.kind === 'statement' ? (f.falsify ?? []) : []));
    expect(falsified).toEqual(
      expect.arrayContaining([
        { replace: 'will not be', with: 'will be' },
        { replace: "wasn't", with: 'was' },
      ]),
    );
    expect(falsified.filter((x) => /\bnot\b|n't/.test(x.replace))).toHaveLength(2);
  });
  it('wire and byline date lines of other shapes', () => {
    const page = (line: string) =>
      readLayout(
        [
          'China Launches New Weather Satellite',
          '',
          line,
          '',
          'China launched a new weather satellite from the Jiuquan center on Sunday, state media said.',
        ].join('\n'),
      );
    expect(page('Beijing, China (Xinhua) Mar 3, 2024').date).toBe('Mar 3, 2024');
    expect(page('By Jane Porter, 12 Nov 2023').date).toBe('12 Nov 2023');
    expect(page('by Jane Porter Nov 12, 2023').date).toBe('Nov 12, 2023');
    expect(page('by Jane Porter Nov 12, 2023').title).toBe('China Launches New Weather Satellite');
  });
  it('initials, a nickname in quotation marks and a surname are one person (trial 341)', async () => {
    const draft = await draftArticleAsInit(
      'Three new dinosaurs discovered in Australia',
      'The name honours a national song of Australia, "Waltzing Matilda", penned by poet and writer A.B. "Banjo" Patterson whilst visiting near the town of Winton.',
      'Patterson wrote the song in 1895 at a sheep station near Winton, museum staff said.',
    );
    const p = draft.bank.entities.find((e) => e.name === 'A.B. Patterson');
    expect(p).toMatchObject({ kind: 'person' });
    expect(p?.aliases).toEqual(expect.arrayContaining(['Patterson', 'Banjo']));
  });
});

describe('pages of trials 342 and 343', () => {
  it("VOA's bare byline under the photo's caption is no title (trial 342)", () => {
    const layout = readLayout(
      [
        'News / Africa',
        '',
        'West Africa Bracing for Harsh Rainy Season',
        '',
        'A barge transports vehicles across the River Niger channel in Lokoja, following flooding in central Nigeria, Sept. 24, 2012.',
        'A barge transports vehicles across the River Niger channel in Lokoja, following flooding in central Nigeria, Sept. 24, 2012.',
        'Jennifer Lazuta',
        '— As the rainy season begins in West and Central Africa, experts are warning of above average rainfall in the western Sahel.',
        '',
        'Experts say that rainfall in West and Central Africa could exceed 130 percent of normal precipitation this year.',
      ].join('\n'),
    );
    expect(layout.title).toBe('West Africa Bracing for Harsh Rainy Season');
    expect(layout.furniture).toContain('Jennifer Lazuta');
  });
  it("a mirror's licence note is the page's (trial 343)", () => {
    expect(
      isFurniture(
        'Originally posted by Wikinews. Wikinews content appears under the Creative Commons Attribution 2.5 license except where specified.',
      ),
    ).toBe(true);
  });
});

describe('a headline figure whose verb reads on into its unit', () => {
  it('"8.9 magnitude earthquake hits Japan" gives the body\'s 8.9 magnitude (trial 343)', () => {
    const draft = draftArticle(
      '8.9 magnitude earthquake hits Japan, causes tsunami',
      'A massive 8.9 magnitude earthquake occurred in northern Japan early on Friday.',
      'The tsunami attained a height of 10 meters and swept away houses in Sendai.',
    );
    expect(draft.headlineFigures).toEqual(['8.9']);
  });
});

describe('"caused by" that says which, not why (retrial 339)', () => {
  it('"injuries caused by serious car accidents are linked to ..." drafts no reason; "was caused by" still does', () => {
    expect(
      causeOf(
        'The study found that twenty percent of injuries caused by serious car accidents are linked to sleepy drivers.',
      ),
    ).toBeUndefined();
    expect(causeOf('The damage caused by the storm was worse than expected.')).toBeUndefined();
    expect(causeOf('The fire was caused by a faulty heater.')?.cause).toBe('a faulty heater');
    expect(causeOf('The crash, caused by ice on the road, closed the highway.')?.cause).toBe('ice on the road');
  });
});

describe('a true/false the headline answers', () => {
  it('"... occurred in northern Japan" swapped to another country under "... hits Japan" is not drafted (retrial 343)', () => {
    const draft = draftArticle(
      '8.9 magnitude earthquake hits Japan, causes tsunami',
      'A massive 8.9 magnitude earthquake occurred in northern Japan early on Friday.',
      'Tsunami warnings followed for Papua New Guinea, Indonesia and Russia, officials said.',
    );
    expect(allFacts(draft).filter((f) => f.kind === 'statement' && f.evidence.startsWith('A massive'))).toEqual([]);
  });
});

describe("the third review of the session's rules (s28)", () => {
  it('"so chilly that", "so dry that the harvest failed": an -ly adjective, and an effect on "harvest" or "forest"', () => {
    expect(causeOf('The weather was so chilly that the parade was cancelled.')?.effect).toBe(
      'the parade was cancelled',
    );
    expect(causeOf('The soil is so dry that the harvest failed.')?.effect).toBe('the harvest failed');
  });
  it('"led": the subject\'s head decides ("The attack by the gunmen" is a thing)', () => {
    expect(causeOf('The attack by the gunmen led police to close the market.')?.cause).toBe('the attack by the gunmen');
    expect(causeOf('The sergeant led his officers to storm the building.')).toBeUndefined();
  });
  it('money given, lent or paid "to help" is a purpose; not where no one used it', () => {
    expect(causeOf('The government gave money to help farmers buy seed.')?.relation).toBe('purpose');
    expect(causeOf('Police said there was no evidence he had used the money to buy weapons.')).toBeUndefined();
  });
  it('"Originally posted by a farmer on Facebook, the video ..." is the story\'s', () => {
    expect(isFurniture('Originally posted by a farmer on Facebook, the video shows the flood reaching the town.')).toBe(
      false,
    );
    expect(
      isFurniture(
        'Originally posted by Wikinews. Wikinews content appears under the Creative Commons Attribution 2.5 license.',
      ),
    ).toBe(true);
  });
  it('a headline\'s figure after "Pass" is whatever the body counts ("Refugee Numbers Pass 5,000")', () => {
    const draft = draftArticle(
      'Refugee Numbers Pass 5,000',
      'More than 5,000 refugees have crossed the border into Chad since Friday, the U.N. said.',
      'Aid workers said about 200 tents had arrived at the camp on Monday.',
    );
    expect(draft.headlineFigures).toEqual(['5,000']);
  });
  it('a bare name over the story with no headline above the caption is the headline ("Storm Ciaran")', () => {
    const layout = readLayout(
      [
        'News / Europe',
        '',
        'A fallen tree blocks a road in Brittany, France, Nov. 2, 2023.',
        'Storm Ciaran',
        'Storm Ciaran battered northwestern Europe on Thursday, killing at least seven people, officials said.',
        '',
        'More than a million homes in France lost power as winds reached 200 kilometers per hour.',
      ].join('\n'),
    );
    expect(layout.title).toBe('Storm Ciaran');
  });
});

describe('a comma between two words that describe one noun', () => {
  it('"to become the first, full-time head of the European Union" is one phrase (trial 345)', async () => {
    const draft = await draftArticleAsInit(
      'Belgian prime minister offers resignation',
      'Belgian Prime Minister Yves Leterme offered to resign on Thursday, the palace said.',
      'Leterme returned to office last November when former PM Herman van Rompuy gave up the post to become the first, full-time head of the European Union.',
    );
    const f = allFacts(draft).find((x) => x.kind === 'action' && x.evidence.startsWith('Leterme returned'));
    expect(f && f.kind === 'action' ? f.action : '').toMatch(/full-time head of the European Union$/);
  });
});

describe("a feed's page with a newsletter's box above the story (trial 344)", () => {
  it('the story starts past its date line "Wed, 03/12/2014 - 16:52"; the box and the contacts are the page\'s', () => {
    const layout = readLayout(
      [
        'First State Geology Newsletter Signup',
        '',
        'First State Geology has been the newsletter of DGS for over 25 years.',
        '',
        'Click here to signup!',
        '',
        'Parasite in Live Asian Swamp Eels May Cause Human Illness',
        '',
        'Wed, 03/12/2014 - 16:52',
        'Summary: Raw or undercooked Asian swamp eels could transmit a parasitic infection to consumers',
        '',
        'Raw or undercooked Asian swamp eels could transmit a parasitic infection called gnathostomiasis to consumers.',
        '',
        'U.S. Geological Survey scientists found parasitic worms in Asian swamp eels collected between 2010 and 2012.',
        '',
        'Severe cases of the infection can lead to blindness, paralysis or death, the scientists said.',
      ].join('\n'),
    );
    expect(layout.title).toBe('Parasite in Live Asian Swamp Eels May Cause Human Illness');
    expect(layout.furniture).toContain('First State Geology has been the newsletter of DGS for over 25 years.');
    // 03/12 could be March 12 or 3 December: the day stays as written.
    expect(layout.date).toBe('03/12/2014');
  });
});

describe("a surname's particle", () => {
  it('"Alexander De Croo" answers to "De Croo", not "Croo" (trial 345)', async () => {
    const draft = await draftArticleAsInit(
      'Belgian government falls',
      'Party chairman Alexander De Croo said the party no longer has confidence in the government.',
      'Prime Minister Yves Leterme offered his resignation to the king on Thursday, the palace said.',
    );
    const p = draft.bank.entities.find((e) => e.name === 'Alexander De Croo');
    expect(p?.aliases ?? []).not.toContain('Croo');
  });
});

describe("the fourth review of the session's rules (s28)", () => {
  it('"so polluted, the dirtiest recorded": any superlative, not "the harvest"', () => {
    expect(
      causeOf('The air in the city was so polluted, the dirtiest recorded in the region this year.'),
    ).toBeUndefined();
    expect(causeOf('The soil is so dry that the harvest failed.')?.effect).toBe('the harvest failed');
  });
  it('money: a negation in another clause does not count; "would have approved" is no deed', () => {
    expect(causeOf('The school was not damaged, but parents raised funds to repair the fence.')?.relation).toBe(
      'purpose',
    );
    expect(causeOf('The Senate would have approved funding to build the wall.')).toBeUndefined();
  });
  it('"Relatives of the victims led police to search the river" names people who lead', () => {
    expect(causeOf('Relatives of the victims led police to search the river.')).toBeUndefined();
  });
  it("a mirror's licence note with a date or an address", () => {
    expect(isFurniture('Originally posted by Wikinews on July 3, 2009.')).toBe(true);
    expect(isFurniture('Content appears under the Creative Commons Attribution 2.5 license.')).toBe(true);
  });
  it("VOA's bare byline under a caption below a headline of three words", () => {
    const layout = readLayout(
      [
        'Floods Hit Nigeria',
        '',
        'A barge carries cars across the River Niger at Lokoja, Nigeria, Sept. 24, 2012.',
        'A barge carries cars across the River Niger at Lokoja, Nigeria, Sept. 24, 2012.',
        'Jennifer Lazuta',
        '— As the rainy season begins in West Africa, experts are warning of above average rainfall in the Sahel.',
        '',
        'Experts say rainfall in West Africa could be far above normal this year, officials said.',
      ].join('\n'),
    );
    expect(layout.title).toBe('Floods Hit Nigeria');
  });
});
