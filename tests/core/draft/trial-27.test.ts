// What trial 27 (VOA Khmer, Cambodia's 2018 election results) found: one name written with two apostrophes
// made two entities and init refused its own draft; agency-credited captions, a contributor line, a speaker
// taken from the body they belong to, a date read as a count.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';
import { isFurniture } from '../../../src/core/draft/furniture.js';
import { findNumbers } from '../../../src/core/draft/numbers.js';
import { renderBankYaml } from '../../../src/render/bank-yaml.js';
import { parseBankText } from '../../../src/io/parse-bank.js';

const article = [
  'Ruling party claims all seats',
  '',
  "Officials of the Cambodian People's Party spoke to reporters in Phnom Penh on Monday.",
  '',
  'The Cambodian People’s Party said it now controls all 125 seats in the National Assembly.',
  '',
  'The National Election Committee has not yet published the official results.',
  '',
  '“I have no knowledge of any opposition party being banned from anything,” said observer and UK Independence Party member Richard Wood.',
  '',
  'Cambodian Prime Minister Hun Sen is now set to extend his already 33 year reign by another five.',
  '',
  '“29 July, 2018 marked the death of democracy in Cambodia,” said Mu Sochua.',
].join('\n');

describe('trial 27', () => {
  const d = draftBank(article, { articleFile: 'a.txt' });

  it('reads one name written with two apostrophes as one entity, and the draft loads', () => {
    expect(d.bank.entities.filter((e) => /People.s Party/.test(e.name))).toHaveLength(1);
    const parsed = parseBankText(renderBankYaml(d), 'd.yaml', () => article);
    expect(parsed.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('gives "said observer and UK Independence Party member Richard Wood" to Richard Wood', () => {
    const quote = d.bank.facts.find((f) => f.kind === 'quote' && f.text.startsWith('I have no knowledge'));
    expect(quote).toMatchObject({ speaker: 'richard-wood' });
  });

  it('reads "29 July, 2018" as a date and "his 33 year reign" as a span in years', () => {
    const values = [...d.bank.facts, ...(d.pending ?? []).map((p) => p.fact)].flatMap((f) =>
      f.kind === 'quantity' ? [f.value] : [],
    );
    expect(values).not.toContain(29);
    expect(findNumbers('Hun Sen is set to extend his already 33 year reign by another five.')[0]).toMatchObject({
      value: 33,
      unit: 'years',
    });
    expect(findNumbers('In one polling place it was more like 35 percent spoiled ballots.')[0]).toMatchObject({
      precision: 'about',
    });
  });

  it('leaves out a caption credited to an agency alone, and a contributor line', () => {
    for (const line of [
      'Officials begin the process of counting ballots after polls have closed in Phnom Penh, Cambodia July 29, 2018. (Reuters)',
      'A polling station officer shows a ballot before voting began, at a polling station in Takhmua, July 29, 2018. (AP)',
      'Yon Sineat contributed to this report. This story originally appeared on VOAcambodia.com. (July 30, 2018)',
    ])
      expect(isFurniture(line), line).toBe(true);
    expect(isFurniture('The Prime Minister spoke to the agency (Reuters).')).toBe(false);
  });
});
