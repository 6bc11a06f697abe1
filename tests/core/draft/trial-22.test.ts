// What a teacher fixed in trial 22's draft (VOA Khmer, a project page on Cambodia's 2018 election): the
// page's menu, captions, dek, byline and credits read as the story; "Hun Sen" lost to "Senator"; figures
// no one asks; stems cut inside "2,576".
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { isFurniture, readLayout } from '../../../src/core/draft/furniture.js';
import { quantityQuestion } from '../../../src/core/draft/quantity-question.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';

const page = [
  'Cambodia Adrift',
  'Live blog',
  '+ Voices',
  '+ Translations',
  'Share on Twitter',
  '',
  'Voters verify their names at a polling station in Ariksat commune of Kandal province, which is the stronghold of the opposition CNRP.  (Sun Narin | VOA Khmer)',
  '',
  'Voters Spoil Ballots, Stay Home as PM Hun Sen Celebrates Landslide Victory',
  '',
  'Election officials have yet to announce number of spoiled ballots but poll observers claim it will be higher than the 130,000 cast in 2017.',
  '',
  'By Sun Narin | VOA Khmer | July 29, 2018',
  '',
  'ARIKSAT COMMUNE, KANDAL PROVINCE While millions of Cambodians headed out to vote on Sunday, Heng, in his 50s, sat alone at a cafe here in Ariksat commune.',
  '',
  '“I will not go to vote,” says Heng, who did not give his real name for fear of repercussions, tells VOA.',
  '',
  'In Ariksat commune, the CNRP won 2,813 votes to the ruling Cambodian People’s Party’s 2,576 in a 2017 local election.',
  '',
  'FILE: Sok Eysan, a spokesman of the party, gave an interview to VOA in his office on October 12, 2016. (Hean Socheata | VOA Khmer)',
  '',
  'At a polling station inside a nearby school, Sambath Kanika, 30, is selling sugarcane to children.',
  '',
  '“I actually didn’t want to come to vote,” said Kanika, who has two kids.',
  '',
  'In the 2017 local election, turnout was 90 percent.',
  '',
  'Former CNRP president Sam Rainsy has repeatedly called on Cambodians to boycott the election.',
  '',
  'On Friday, Hun Sen said: “Now the majority of people will go to vote.”',
  '',
  'Sok Eysan, CPP spokesman, claimed that the party has won at least 100 National Assembly seats out of 125, a large increase from the 68 it won in 2013.',
  '',
  'This story originally appeared on VOAcambodia.com. (July 29, 2018)',
  '',
  'About the Project',
  '',
  'A VOA Khmer Service team spent six months talking with Cambodians during the run-up to the vote. The team traveled to six provinces and focused on rural residents because they are the majority of voters.',
  '',
  'Project credits',
  '',
  'Reporting: Chhengpor Aun, Channy Chheng, Julia Wallace',
  'Web production: Brian Williamson',
].join('\n');

describe('trial 22: a project page and its furniture', () => {
  const layout = readLayout(page);

  it('takes the headline above the dek and the byline, never a menu item', () => {
    expect(layout.title).toBe('Voters Spoil Ballots, Stay Home as PM Hun Sen Celebrates Landslide Victory');
    expect(layout.byline).toBe('Sun Narin');
  });

  it('leaves out captions with a bracketed credit, "FILE:" captions, the dek, the byline, the footer and the credits', () => {
    for (const line of [
      '+ Translations',
      'Voters verify their names at a polling station in Ariksat commune of Kandal province, which is the stronghold of the opposition CNRP.  (Sun Narin | VOA Khmer)',
      'Election officials have yet to announce number of spoiled ballots but poll observers claim it will be higher than the 130,000 cast in 2017.',
      'By Sun Narin | VOA Khmer | July 29, 2018',
      'FILE: Sok Eysan, a spokesman of the party, gave an interview to VOA in his office on October 12, 2016. (Hean Socheata | VOA Khmer)',
      'This story originally appeared on VOAcambodia.com. (July 29, 2018)',
      'About the Project',
      'A VOA Khmer Service team spent six months talking with Cambodians during the run-up to the vote. The team traveled to six provinces and focused on rural residents because they are the majority of voters.',
      'Reporting: Chhengpor Aun, Channy Chheng, Julia Wallace',
      'Web production: Brian Williamson',
    ])
      expect(layout.furniture, line).toContain(line.trim());
    // A story's own sentence with a name and a colon is no credit line.
    expect(isFurniture('The answer came from one man: Hun Sen.')).toBe(false);
    expect(isFurniture('By the time they arrived, the polls had closed.')).toBe(false);
  });

  const d = draftBank(page, { articleFile: 'a.txt', verbBase: (v) => (v === 'won' ? 'win' : undefined) });
  const facts = [...d.bank.facts, ...(d.pending ?? []).map((p) => p.fact)];
  const entity = (name: string) => d.bank.entities.find((e) => e.name === name);

  it('reads "Hun Sen" and "Heng" as people, and a dateline in capitals with no dash as no name', () => {
    expect(entity('Hun Sen')?.kind).toBe('person');
    expect(entity('Heng')?.kind).toBe('person');
    expect(d.bank.entities.map((e) => e.name)).not.toContain('ARIKSAT COMMUNE');
    expect(entity('Sam Rainsy')?.role).toBe('former CNRP president');
  });

  it('drafts no age said in passing, no family size, no "out of 125" and no "the 68 it won"', () => {
    const values = facts.flatMap((f) => (f.kind === 'quantity' ? [f.value] : []));
    for (const v of [30, 2, 125, 68]) expect(values, String(v)).not.toContain(v);
    expect(values).toEqual(expect.arrayContaining([2813, 90, 100]));
  });

  it('asks of a figure set against another, keeping the place fronted; blanks a share\'s figure, not its "percent"', () => {
    const votes = facts.find((f) => f.kind === 'quantity' && f.value === 2813);
    expect(votes).toMatchObject({ question: 'In Ariksat commune, how many votes did the CNRP win?' });
    const turnout = facts.find((f) => f.kind === 'quantity' && f.value === 90) as { question?: string };
    expect(turnout.question).toContain('turnout was _____ percent.');
  });

  it('never cuts a stem at the comma inside a figure', () => {
    const s = 'The Red Cross pulled 1,200 people from the river on Monday, officials said.';
    const n = findNumbers(s)[0]!;
    expect(quantityQuestion(s, n.hedgeStart, n.unitEnd, n.unit, () => 'pull')).toBe(
      'How many people did the Red Cross pull from the river on Monday?',
    );
  });
});
