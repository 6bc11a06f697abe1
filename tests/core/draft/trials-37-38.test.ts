// What trial 38 (Wikinews, Fan Expo Canada 2016) found: ordinals that open a name drafted as counts, a work's
// title read as a person, and a blank over "half an hour" whose options are figures.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe('trial 38', () => {
  it('drafts no ordinal that opens a name, but keeps a rank before an adjective', () => {
    expect(findNumbers('The 22nd Fan Expo Canada was held in Toronto.')).toEqual([]);
    expect(findNumbers('The Canadian garrison of the 501st Legion marched.')).toEqual([]);
    expect(findNumbers('It was cored on the 1,088th Martian day.').map((n) => n.value)).toEqual([1088]);
  });

  it('reads a title after the noun of its kind of work as no person, and blanks no "half an hour"', () => {
    const d = draftArticle(
      'Fan Expo Canada',
      'Margaret Atwood was there to launch her graphic novel Angel Catbird, she said on Saturday.',
      'After nearly half an hour, the team was deducted a point by the referees.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Angel Catbird')?.kind ?? 'other').not.toBe('person');
    const halfHour = allFacts(d).find((f) => f.kind === 'quantity' && f.value === 30) as
      { question?: string } | undefined;
    expect(halfHour?.question ?? '').not.toContain('_____');
  });
});

describe('trial 37', () => {
  it('drafts no figure of a plan\'s name with a letter in brackets ("401(k)s")', () => {
    expect(findNumbers('Workers could put part of their taxes into 401(k)s and other accounts.')).toEqual([]);
  });
});

describe('trial 39', () => {
  it('leaves out every citation under "Sources", however long', async () => {
    const { readLayout } = await import('../../../src/core/draft/furniture.js');
    const lines = [
      '"Western Hemisphere Institute for Security Cooperation Home Page". WHINSEC.',
      'Bruce Kennedy. "School of the Americas". CNN Interactive.',
      '"Presente! 16,000 Protesters Gather to Close the School of Americas". Tennessee Independent Media Center.',
    ];
    const layout = readLayout(
      [
        'Activists protest against School of the Americas',
        '',
        'Among the crowd were celebrity actors who narrated a video about the school and its graduates.',
        '',
        'Sources',
        ...lines,
      ].join('\n'),
    );
    for (const l of lines) expect(layout.furniture, l).toContain(l);
  });
});

describe('trial 40', () => {
  it('leaves out a caption that points at its picture ("shown here")', async () => {
    const { isFurniture } = await import('../../../src/core/draft/furniture.js');
    expect(
      isFurniture("Aging KC135 tankers, shown here refueling an F16, were to be replaced by Boeing's 767 tanker."),
    ).toBe(true);
    expect(isFurniture('The man pictured in the video was arrested on Monday.')).toBe(false);
  });
});

describe('trial 39: one thing, several names', () => {
  it('joins "(SOAW)" to "School of Americas Watch" and "USSR" to "Soviet Union"', () => {
    const d = draftArticle(
      'Activists protest against School of the Americas',
      'The protest was organized by the School of Americas Watch (SOAW) on Sunday.',
      'The USSR or Soviet Union gave Cuba military and economic help, according to the group.',
      'SOAW said thousands of people came to Fort Benning for the vigil.',
    );
    const names = d.bank.entities.map((e) => e.name);
    expect(names).not.toContain('SOAW');
    expect(d.bank.entities.find((e) => e.name === 'the School of Americas Watch')?.aliases).toContain('SOAW');
    expect(names.filter((n) => /USSR|Soviet Union/.test(n))).toHaveLength(1);
  });
});

describe('trial 40: long titles and a party tag', () => {
  it('reads the person at the end of a long title, and makes no body of "(R-AZ)"', () => {
    const d = draftArticle(
      'Internal emails expose contract discussions',
      'Assistant Secretary of the Air Force for Acquisition Marvin Sambur defended the deal on Tuesday.',
      'Senator John McCain (R-AZ) entered the emails into the record.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Marvin Sambur')).toMatchObject({
      kind: 'person',
      role: 'Assistant Secretary of the Air Force for Acquisition',
    });
    expect(d.bank.entities.map((e) => e.name)).not.toContain('R-AZ');
  });
});

describe('trials 41 and 42: units, ranks and round-the-clock', () => {
  it('takes no verb for a unit, and takes the noun after "of those" / "of the"', () => {
    expect(findNumbers('Of the women, 316 said they were raped.')[0]?.unit).toBe('number');
    expect(findNumbers('Almost 27,000 of those testimonies were accepted.')[0]).toMatchObject({
      value: 27000,
      unit: 'testimonies',
    });
  });

  it('reads "Sergeant First Class Michael Marciello" as a rank and a name, and asks no span of "a 24-hour escort"', () => {
    const d = draftArticle(
      'Veteran sergeant accounts coverup',
      'According to a witness, Sergeant First Class Michael Marciello, the captain was angry.',
      'Ford was assigned a 24-hour escort and sent to Germany after he refused.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Michael Marciello')).toMatchObject({ role: 'Sergeant First Class' });
    expect(allFacts(d).some((f) => f.kind === 'quantity' && f.value === 24)).toBe(false);
  });
});

describe('trial 42: a nickname inside a name', () => {
  it('reads \'Sergeant Frank "Greg" Ford\' as one person with the nickname as an alias, and no quote "Greg"', () => {
    const d = draftArticle(
      'Veteran sergeant accounts coverup',
      'Sergeant Frank "Greg" Ford told the reporter that he saw abuse in Samarra.',
      'Ford was later sent to Germany, the reporter said.',
    );
    expect(d.bank.entities.find((e) => e.name === 'Frank Ford')).toMatchObject({ kind: 'person', role: 'Sergeant' });
    expect(d.bank.entities.find((e) => e.name === 'Frank Ford')?.aliases).toEqual(
      expect.arrayContaining(['Ford', 'Greg']),
    );
    expect(allFacts(d).filter((f) => f.kind === 'quote' && f.text === 'Greg')).toEqual([]);
  });
});

describe('trial 42: "He" after a report of what another did', () => {
  it('gives "He has contacted the FBI" to the one reported on, not the reporter', () => {
    const d = draftArticle(
      'Veteran sergeant accounts coverup',
      'Democracy Now! interviewed David DeBatto on its December 12, 2004 show. David wrote Whitewashing torture?, which is an account of Sergeant Frank "Greg" Ford\'s report on Iraqi prisoner abuse at his base in Samarra, Iraq. DeBatto, a former counterintelligence officer in Iraq, is currently authoring a four-part fiction series.',
      "David DeBatto indicated he reviewed hundreds of documents regarding Ford's case. David also stated that every doctor that evaluated Ford found him to be completely normal.",
      "DeBatto reported that Ford was eventually given an honorable discharge in February, 2004. He is currently looking into filing charges against the officers involved. He has contacted the FBI, as well as the Army's Criminal Investigation Division.",
    );
    const contacted = allFacts(d).find((f) => f.kind === 'action' && f.action.startsWith('has contacted the FBI'));
    expect(contacted).toMatchObject({ actor: 'frank-ford' });
  });
});

describe('trial 42: a witness named after "according to a witness,"', () => {
  it('gives the quoted word to the witness, not to the one it describes', () => {
    const d = draftArticle(
      'Veteran sergeant accounts coverup',
      'Captain Victor Artiga received the report. Sergeant Michael Marciello said he saw the captain read it.',
      'According to a witness, Sergeant First Class Michael Marciello, when Artiga saw the psychiatrist\'s report, Artiga was, "livid".',
    );
    const livid = allFacts(d).find((f) => f.kind === 'quote' && f.text === 'livid');
    expect(livid).toMatchObject({ speaker: 'michael-marciello' });
  });
});

describe('trial 42: a long deed keeps its first clause', () => {
  it('cuts "and couldn\'t find ..." and a second deed after ", and eventually", not inside a phrase', () => {
    const d = draftArticle(
      'Veteran sergeant accounts coverup',
      "David DeBatto indicated he reviewed hundreds of documents regarding the soldier's case and couldn't find any of the required documents that should be filed when a soldier is moved from one area to another.",
      'Sergeant Frank Ford attempted to confront his team leader several times without success, and eventually went to his commanding officer Captain Victor Artiga in order to file a formal complaint.',
    );
    const actions = allFacts(d).flatMap((f) => (f.kind === 'action' ? [f.action] : []));
    expect(actions).toContain("indicated he reviewed hundreds of documents regarding the soldier's case");
    expect(actions).toContain('attempted to confront his team leader several times without success');
  });
});
