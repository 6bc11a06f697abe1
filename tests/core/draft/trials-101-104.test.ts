// What trials 101-104 (the thirteenth session's second batch of fresh articles) showed the drafter getting wrong.
import { describe, expect, it } from 'vitest';
import { causeOf } from '../../../src/core/draft/comprehension.js';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { findFurniture } from '../../../src/core/draft/furniture.js';
import { nameRuns } from '../../../src/core/draft/names.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';

const draft = (title: string, ...paragraphs: string[]) =>
  draftBank([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { articleFile: 'a.txt' }).bank;

describe('reasons (trials 102, 103; trial 10 seen again)', () => {
  it('reads no reason from an "As" of something going on or a day marked', () => {
    expect(
      causeOf(
        'WASHINGTON — As NASA continues to make progress toward sending astronauts to the lunar South Pole, data from a NASA-funded study is helping scientists understand this part of the Moon.',
      ),
    ).toBeUndefined();
    expect(
      causeOf(
        'As Japan last weekend marked the 66th anniversary of the atomic bombings, concern continues to mount about radiation readings.',
      ),
    ).toBeUndefined();
    expect(causeOf('As prices rose, many families could no longer afford rice.')).toMatchObject({
      cause: 'prices rose',
    });
  });

  it('explains the relative clause just before "because", said of its noun', () => {
    expect(
      causeOf(
        'NOAA scientists predict a quick transition to La Nina conditions, which are conducive to Atlantic hurricane activity because La Nina tends to lessen wind shear in the tropics.',
      ),
    ).toMatchObject({
      effect: 'La Nina conditions are conducive to Atlantic hurricane activity',
      cause: 'La Nina tends to lessen wind shear in the tropics',
    });
  });
});

describe('false versions (trial 103)', () => {
  it('turns a superlative round only when no other name or year serves', () => {
    const bank = draft(
      'Survey on national identity',
      'Luciana de Oliveira grew up in Brazil, but she moved to the United States for her studies.',
      'The Pew study found that 67 percent of people in Brazil consider practicing customs and traditions an important part of national identity.',
      'Mexico is tied with the highest percentage of respondents who answered that customs and traditions are an important aspect of national identity.',
    );
    const swaps = bank.facts.flatMap((f) =>
      f.kind === 'statement' && f.falsify ? f.falsify.map((x) => x.replace) : [],
    );
    expect(swaps).not.toContain('highest');
  });
});

describe('the newsroom at work (trial 101)', () => {
  it('drafts no deed of the publisher ("VOA asked both campaigns", "Wikinews spoke with ...")', () => {
    const bank = draft(
      'Election merchandise floods US market',
      'VOA asked both campaigns for comment but did not receive a response. Temu sells hats for as little as $3.',
      'Wikinews spoke with a cosplayer going by the name "The Katherinator". Amazon removed hundreds of listings from its website last week.',
    );
    const actors = bank.facts.flatMap((f) => (f.kind === 'action' ? [f.actor] : []));
    expect(actors.filter((a) => /voa|wikinews/.test(a))).toEqual([]);
  });
});

describe('figures (trials 100 and 102)', () => {
  const counted = (sentence: string) => findNumbers(sentence).map((n) => `${n.value} ${n.unit}: ${n.counts}`);

  it('asks the share of "four out of eight fish samples", not the sample', () => {
    const bank = draft(
      'Radiation concern',
      'A Greenpeace study found that four out of eight fish samples were over the limits.',
    );
    expect(bank.facts.flatMap((f) => (f.kind === 'quantity' ? [f.value] : []))).toEqual([4]);
  });

  it('reads "the 20-kilometre evacuation zone" and "the 720-metre structure" as the size of the thing', () => {
    expect(counted("The government's 20-kilometre mandatory evacuation zone was widened.")).toEqual([
      '20 kilometres: size of the mandatory evacuation zone',
    ]);
    expect(counted('The 720-metre structure collapsed.')).toEqual(['720 metres: size of the structure']);
    expect(counted('the 305-meter diameter Arecibo Observatory telescope in Puerto Rico')).toEqual([
      '305 meters: diameter of the Arecibo Observatory telescope',
    ]);
  });
});

describe('a titled person of a body (trial 103)', () => {
  it('gives "said LRO Deputy Project Scientist Maria Banks of NASA\'s Goddard ..." to Maria Banks', () => {
    const bank = draft(
      'Shrinking Moon causing moonquakes',
      '“LRO is committed to acquiring data of the lunar surface,” said LRO Deputy Project Scientist Maria Banks of NASA’s Goddard Space Flight Center in Greenbelt, Maryland, a co-author of the paper.',
    );
    expect(bank.entities.find((e) => e.name === 'Maria Banks')).toMatchObject({
      kind: 'person',
      role: 'LRO Deputy Project Scientist',
    });
    expect(bank.facts.flatMap((f) => (f.kind === 'quote' ? [f.speaker] : []))).toEqual(['maria-banks']);
  });
});

describe('trials 105-107: titles, captions and craft', () => {
  it('reads "the US Secretary of State" as a title, no person "State"', () => {
    const bank = draft(
      'Yemen plan agreed',
      'Hillary Clinton, the US Secretary of State, said the country must do more. "And so must the Yemeni government," she said.',
    );
    expect(bank.entities.map((e) => `${e.kind} ${e.name}: ${e.role ?? '-'}`)).toEqual([
      'person Hillary Clinton: US Secretary of State',
    ]);
  });

  it('reads "University of Florida professor Rachel J.C. Fu" as a professor of the university', () => {
    const bank = draft(
      'Students learn AI',
      'Hotels want workers who know AI, says University of Florida professor Rachel J.C. Fu.',
    );
    expect(bank.entities.find((e) => e.name === 'Rachel J.C. Fu')?.role).toBe('professor of the University of Florida');
  });

  it('takes "the PACE satellite" and "a satellite called CALIPSO" for craft, not bodies', () => {
    const bank = draft(
      'CloudSat ends mission',
      'CloudSat was launched in 2006 with a lidar-carrying satellite called CALIPSO. The recently launched PACE satellite will build on its legacy, NASA said.',
    );
    const kinds = Object.fromEntries(bank.entities.map((e) => [e.name, e.kind]));
    expect(kinds['CALIPSO']).not.toBe('organisation');
    expect(kinds['PACE']).not.toBe('organisation');
  });

  it('leaves out a caption whose credit runs on at its end', () => {
    const caption =
      'NASA’s CloudSat passed over Hurricane Bill in August 2009. This pair of images shows a view from the agency’s Aqua satellite (top). Jesse Allen, NASA Earth Observatory';
    expect(
      findFurniture(['CloudSat ends mission', '', caption, '', 'CloudSat was launched in 2006.'].join('\n')),
    ).toContain(caption);
  });
});

describe('names in lists (trial 107)', () => {
  it('takes "storm systems with names like Maria, Harvey, and Sandy" for storms, not speakers', () => {
    const bank = draft(
      'CloudSat ends mission',
      'Over the years, CloudSat flew over powerful storm systems with names like Maria, Harvey, and Sandy, peeking beneath their canopies.',
      '"It was a great mission," said Graeme Stephens, the principal investigator.',
    );
    expect(bank.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Graeme Stephens']);
  });

  it('reads "The U.S. Space Force and U.S. Department of Energy" as two bodies', () => {
    expect(
      nameRuns('The U.S. Space Force and U.S. Department of Energy contributed resources.').map((r) => r.name),
    ).toEqual(['U.S. Space Force', 'U.S. Department of Energy']);
  });
});

describe('the main idea after a lede that sets the scene (trials 101-103)', () => {
  it('takes the sentence after an opening "As ..." as the candidate', () => {
    const result = draftBank(
      [
        'Shrinking Moon causing moonquakes',
        '',
        'WASHINGTON — As NASA continues to make progress toward sending astronauts to the lunar South Pole region, data from a NASA-funded study is helping scientists understand this part of the Moon. The study presents evidence that moonquakes and faults are found near candidate landing regions for Artemis III.',
        '',
        'The Moon has shrunk by more than 150 feet as its core cooled, the researchers said.',
      ].join('\n'),
      { articleFile: 'a.txt' },
    );
    const idea = result.pending?.find((d) => d.fact.kind === 'main-idea')?.fact;
    expect(idea?.evidence).toMatch(/^The study presents evidence/);
  });
});

describe('trials 110-112: names, roles and figures', () => {
  it('reads "Congressman", keeps "Massachusetts governor" and "Harvard Law professor" as written', () => {
    const bank = draft(
      'Senate election',
      'Massachusetts governor Deval Patrick will name a placeholder, said Harvard Law professor Elizabeth Warren.',
      'Candidates include former Congressman Marty Meehan, and Congressmen Mike Capuano and Stephen Lynch.',
    );
    const roles = Object.fromEntries(bank.entities.map((e) => [e.name, e.role]));
    expect(roles['Deval Patrick']).toBe('Massachusetts governor');
    expect(roles['Elizabeth Warren']).toBe('Harvard Law professor');
    expect(roles['Marty Meehan']).toBe('former Congressman');
    expect(roles['Mike Capuano']).toBe('Congressman');
  });

  it('reads "a million and a half people have been displaced" as 1,500,000 people displaced', () => {
    expect(
      findNumbers('Since then, more than a million and a half people have been displaced in the central regions.').map(
        (n) => `${n.value} ${n.unit}: ${n.counts}`,
      ),
    ).toEqual(['1500000 people: people displaced']);
  });

  it('takes "Marshall" for the Marshall Space Flight Center named before, and "Black Lotus" for its company', () => {
    const bank = draft(
      'Rocket studies solar flares',
      'The Hi-C Flare mission is run by NASA’s Marshall Space Flight Center in Huntsville, Alabama. The team, led by Marshall, launched the rocket on April 17.',
      'Black Lotus Communications protects websites from attacks. Black Lotus said it would give the money to charity.',
    );
    expect(bank.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('leaves out a group photo\'s caption ("From left, ...") and reads AKDT as a time zone', () => {
    const caption =
      'From left, Austin Bumbalough, Ken Kobayashi, and Sabrina Savage, members of the Hi-C Flare team, gather after the payload was recovered. NASA';
    expect(
      findFurniture(['Rocket studies solar flares', '', caption, '', 'The rocket flew at 2:14 p.m. AKDT.'].join('\n')),
    ).toContain(caption);
    const bank = draft('Rocket studies solar flares', 'Hi-C Flare launched at 2:14 p.m. AKDT on April 17, NASA said.');
    expect(bank.entities.map((e) => e.name)).not.toContain('AKDT');
  });
});

describe('trials 114 and 116: a day before the verb, an "As" of a source', () => {
  it('gives "Hosni Mubarak yesterday announced a new cabinet" to Mubarak', () => {
    const bank = draft('Egypt protests', 'Hosni Mubarak yesterday announced a new cabinet to calm the protests.');
    expect(bank.facts.flatMap((f) => (f.kind === 'action' ? [`${f.actor}: ${f.action}`] : []))).toEqual([
      'hosni-mubarak: announced a new cabinet to calm the protests',
    ]);
  });

  it('reads no reason from "As described by MIT researchers, ..."', () => {
    expect(
      causeOf(
        'As described by MIT researchers, the initially flat sheet consists of five layers of paper and polymer.',
      ),
    ).toBeUndefined();
  });
});

describe('a degree after a school (trial 116)', () => {
  it('reads "a Harvard University Ph.D. candidate" as Harvard University', () => {
    expect(nameRuns('Sam Felton, a Harvard University Ph.D. candidate, led the team.').map((r) => r.name)).toEqual([
      'Sam Felton',
      'Harvard University',
    ]);
  });
});

describe('"linked to" (trials 108 and 113)', () => {
  it('reads no reason from a second predicate or from a person linked to something', () => {
    expect(
      causeOf('Obesity often continues into adulthood and is linked to many health conditions such as diabetes.'),
    ).toBeUndefined();
    expect(causeOf('He has been linked to terrorist incidents in the United States.')).toBeUndefined();
    expect(causeOf('The outbreak was linked to contaminated water, officials said.')).toMatchObject({
      cause: 'contaminated water',
    });
  });
});

describe("a release's closing credits and planned figures (trials 103, 107, 115)", () => {
  it('drafts no deed from a paragraph of who built or runs what', () => {
    const bank = draft(
      'CloudSat ends mission',
      'CloudSat flew over powerful storms and measured the snow falling worldwide, NASA said.',
      'The CloudSat Project is managed for NASA by JPL. JPL developed the Cloud Profiling Radar instrument. Colorado State University provides science data processing and distribution. BAE Systems designed and built the spacecraft.',
    );
    expect(bank.facts.filter((f) => f.kind === 'action')).toEqual([]);
  });

  it('asks no planned figure as what happened, and reads GHz', () => {
    expect(
      draft(
        'CloudSat ends mission',
        'Originally proposed as a 22-month mission, CloudSat was decommissioned after almost 18 years of service.',
      ).facts.flatMap((f) => (f.kind === 'quantity' ? [f.value] : [])),
    ).not.toContain(22);
    expect(findNumbers('It was the first-ever 94 GHz radar to fly in space.').map((n) => n.unit)).toEqual([
      'gigahertz',
    ]);
  });
});

describe('a claim that points back with "No such" (trial 110)', () => {
  it('drafts no true/false from "No such election occurred until ..."', () => {
    const bank = draft(
      'Senate special election taking shape',
      'A 2004 law requires a vacated seat to be filled through a special election held 145 to 160 days later.',
      'No such election occurred until long-time Senator Ted Kennedy died in office, vacating his seat in 2009.',
    );
    expect(bank.facts.filter((f) => f.kind === 'statement' && /No such/.test(f.text))).toEqual([]);
  });
});
