import { describe, expect, it } from 'vitest';
import { appositiveRole, guessKind, nameRuns } from '../../../src/core/draft/names.js';

const runs = (s: string) => nameRuns(s).map((r) => (r.role ? `${r.role} / ${r.name}` : r.name));

describe('nameRuns', () => {
  it('keeps a middle initial in a name ("Erik A. Hooks") and "Centers for ... and Prevention" whole (trials 9, 10)', () => {
    expect(runs('FEMA Deputy Administrator Erik A. Hooks said the season would be busy.')).toEqual([
      'FEMA Deputy Administrator / Erik A. Hooks',
    ]);
    expect(runs('The Centers for Disease Control and Prevention said 200 people were ill.')).toEqual([
      'Centers for Disease Control and Prevention',
    ]);
  });

  it('reads a role noun opening a sentence before a name as the role ("Rancher Jim Strickland"; trial 8)', () => {
    expect(runs('Rancher Jim Strickland uses the collars on his land.')).toEqual(['rancher / Jim Strickland']);
    expect(runs('Environmentalist Mark Lynas said the plan was bold.')).toEqual(['environmentalist / Mark Lynas']);
    // Not a name that merely starts with such a word.
    expect(runs('Driver Street was closed on Monday.')).toEqual(['Driver Street']);
  });

  it('keeps "U.S." in the name it opens, and parts two bodies joined by "and" (trial 8)', () => {
    expect(
      runs('Researchers from the U.S. Department of Agriculture and Oregon State University studied 60 cows.'),
    ).toEqual(['Researchers', 'U.S. Department of Agriculture', 'Oregon State University']);
    // One body whose name holds an "and": no body's head after it.
    expect(runs('The Department of Health and Human Services paid for the study.')).toEqual([
      'Department of Health and Human Services',
    ]);
  });

  it('starts a name at an honorific inside the run ("Education Mr. Toccafondi" is Toccafondi)', () => {
    expect(runs('The undersecretary of Education Mr. Toccafondi said the ruling was unfair.')).toContain('Toccafondi');
  });

  it('reads letters joined to a number ("STS-1", "F-16") as a code, not a name', () => {
    expect(runs('Columbia lifted off from the Kennedy Space Center on STS-1, the first mission.')).toEqual([
      'Columbia',
      'Kennedy Space Center',
    ]);
    expect(runs('The Air Force flew two F-16 jets over Ohio.')).toEqual(['Air Force', 'Ohio']);
  });

  it('reads "<title> of the <body> <First Last>" as a person with that position, not one long organisation', () => {
    expect(runs('After the leak, CEO of the Refugee Council Enver Solomon told Sky News the plan was flawed.')).toEqual(
      ['CEO of the Refugee Council / Enver Solomon', 'Sky News'],
    );
    expect(runs('Secretary of the Navy Carlos Del Toro spoke.')).toEqual(['Secretary of the Navy / Carlos Del Toro']);
    // A body's own words after it are no person: "Foreign Affairs" stays with the body.
    expect(runs('Head of the European Union Foreign Affairs said so.')).not.toContain(
      'Head of the European Union / Foreign Affairs',
    );
  });

  it('splits the role written before a name from the name', () => {
    expect(
      runs(
        'French President Emmanuel Macron, German Chancellor Olaf Scholz and NATO Secretary General Jens Stoltenberg met.',
      ),
    ).toEqual([
      'French President / Emmanuel Macron',
      'German Chancellor / Olaf Scholz',
      'NATO Secretary General / Jens Stoltenberg',
    ]);
    expect(
      runs('A meeting between Secretary of State Antony Blinken and his Russian counterpart Sergei Lavrov is planned.'),
    ).toEqual(['Secretary of State / Antony Blinken', 'Russian counterpart / Sergei Lavrov']);
    expect(runs('Fire chief Samuel Reyes said so.')).toEqual(['Fire chief / Samuel Reyes']);
  });

  it('keeps particles inside a name and splits two people joined by "and"', () => {
    expect(
      runs('European Council President Charles Michel and European Commission President Ursula von der Leyen spoke.'),
    ).toEqual(['European Council President / Charles Michel', 'European Commission President / Ursula von der Leyen']);
  });

  it('reads a bare role mention and skips sentence-initial words and adjectives', () => {
    expect(runs('The participants agreed, commented for his part the German Chancellor.')).toEqual([
      'German Chancellor / ',
    ]);
    expect(runs('The American president met European leaders on Monday.')).toEqual([]);
  });

  it('reads roles from appositions', () => {
    expect(
      appositiveRole(
        'The head of European diplomacy, Josep Borrell, called on him not to “dramatize”.',
        'Josep Borrell',
      ),
    ).toBe('head of European diplomacy');
    expect(appositiveRole('Jane Ortiz, the county fire chief, said no.', 'Jane Ortiz')).toBe('county fire chief');
    // A possessive before a capitalised title: "Malaysia's Prime Minister, Najib Razak said ...".
    expect(appositiveRole('Malaysia\'s Prime Minister, Najib Razak said, "We are in contact."', 'Najib Razak')).toBe(
      'Prime Minister',
    );
    // A role running on to the end of a line in a list of panelists.
    expect(
      appositiveRole(
        "Deke Arndt, chief of the global monitoring branch of NOAA's National Centers for Environmental Information",
        'Deke Arndt',
      ),
    ).toBe("chief of the global monitoring branch of NOAA's National Centers for Environmental Information");
    // A relative clause that says what the role is about belongs to it (trial 13).
    expect(
      appositiveRole(
        '"We have a plan," said Chris Goodall, the British climate change expert who led the development of the plan.',
        'Chris Goodall',
      ),
    ).toBe('British climate change expert who led the development of the plan');
  });

  it('keeps a camp\'s or party\'s label ("Pan-democrat", "Nonpartisan") out of the name written after it', () => {
    expect(
      runs('Pan-liberal Maria Soto lost her seat, and Nonpartisan Tom Reed and Pro-Beijing Ann Lowe won.'),
    ).toEqual(['Maria Soto', 'Tom Reed', 'Ann Lowe']);
    // A label with no person after it is left as it was; a hyphenated given name stays whole.
    expect(runs('Independent Police Review Board met Lee Chi-wah.')).toContain('Independent Police Review Board');
  });

  it('reads a short surname ("Or", "To") after a given name mid-sentence as part of the name', () => {
    expect(runs('The seat went to Milton Or with most votes, ahead of Martin To.')).toEqual(['Milton Or', 'Martin To']);
    // Not in a title-case headline, where the next word is capitalised too, nor after a lower-case word.
    expect(runs('Trump To Visit China')).not.toContain('Trump To');
    expect(runs('Sara went to Paris or Rome.')).toEqual(['Sara', 'Paris', 'Rome']);
  });

  it('joins no person into an organisation through "and", nor a person to an acronym through "of"', () => {
    expect(runs('Ann Lo of the Green Party and Peter Kwan of ICAC were defeated.')).toEqual([
      'Ann Lo',
      'Green Party',
      'Peter Kwan',
      'ICAC',
    ]);
    // Organisations' own "and" and "of" still join.
    expect(runs('The Department of Health and Human Services and the Bank of England spoke.')).toEqual([
      'Department of Health and Human Services',
      'Bank of England',
    ]);
  });
});

describe('guessKind', () => {
  it.each([
    ['Olaf Scholz', false, 'person'],
    ['France', false, 'country'],
    ['Canberra', false, 'city'],
    ['NATO', false, 'organisation'],
    ['White House', false, 'organisation'],
    ['Europeans', false, 'group'],
    ['Eastern Europe', false, 'other'],
    ['Mill Lane', false, 'other'],
    ['Jezero Crater', false, 'other'],
    ['North Pole', false, 'other'],
    ['South China Sea', false, 'other'],
    ['Environment Canada', false, 'organisation'],
    ['Scholz', true, 'person'],
  ] as const)('%s -> %s', (name, hasRole, kind) => {
    expect(guessKind(name, hasRole).kind).toBe(kind);
  });
});

describe('nameRuns: a rank is no position', () => {
  it('reads the role noun before a rank as the role, with the body written before it', () => {
    expect(
      runs('Harbour Authority director Colonel Anne Kemper, speaking to reporters, said the port was shut.'),
    ).toEqual(['Harbour Authority', 'director of the Harbour Authority / Anne Kemper']);
    expect(runs("The museum's curator Professor Omar Haddad said the vase was fake.")).toEqual([
      'curator / Omar Haddad',
    ]);
    // A title that is a position stays the role.
    expect(runs('Party leader Senator Ruth Ames spoke.')).toEqual(['Party', 'Senator / Ruth Ames']);
  });
});

describe('nameRuns: organisations "for the ..."', () => {
  it('keeps "Council for the Welfare of ..." whole, with the person after it', () => {
    expect(
      runs('It quoted Refugee Council for the Protection of Children campaigner Jane Roe, who was angry.'),
    ).toContain('Refugee Council for the Protection of Children');
    // "for the" after no organisation's word joins nothing.
    expect(runs('Tom Reed for the Greens spoke.')).toEqual(['Tom Reed', 'Greens']);
  });
});

describe('guessKind: things, places, weather and peoples named in capitals (trials 10-12)', () => {
  it.each([
    'Bipartisan Infrastructure Law',
    'Key Messages',
    'Tropical Cyclone Discussion',
    'Flood Inundation Mapping',
    'Public Advisories',
    'Gulf of Mexico',
    'La Nina',
    'Hurricane Beryl',
    'Uzbek English',
    'Flight Data Recorder',
    'Flight Augmentation Computers',
    'South Koreans',
  ])('%s is no person', (name) => {
    expect(guessKind(name, false).kind).not.toBe('person');
  });

  it('still reads two capitalised words as a person', () => {
    expect(guessKind('Rick Spinrad', false).kind).toBe('person');
    expect(guessKind('Ian Fleming', false).kind).toBe('person');
  });
});

describe('nameRuns: a nationality before a name (trial 12)', () => {
  it('describes the person: "American Trina Bright" is Trina Bright', () => {
    expect(runs('American Trina Bright has visited more than 20 countries.')).toEqual(['Trina Bright']);
  });
});
