// What trials 89-92 (the twelfth session's second batch of fresh articles) showed the drafter getting wrong.
import { describe, expect, it } from 'vitest';
import { draftBank } from '../../../src/core/draft/draft-bank.js';

const draft = (title: string, ...paragraphs: string[]) =>
  draftBank([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { articleFile: 'a.txt' }).bank;
const quotes = (bank: ReturnType<typeof draft>) =>
  bank.facts.flatMap((f) => (f.kind === 'quote' ? [`${f.speaker}: ${f.text}`] : []));

describe('speakers and names (trials 90, 92)', () => {
  it('gives "Christie\'s lieutenant governor, Kim Guadagno, said" to Guadagno, not Christie', () => {
    const bank = draft(
      'Christie beach photos draw criticism',
      'Governor Chris Christie closed the state beaches during the budget shutdown, officials said.',
      'Christie\'s lieutenant governor, Kim Guadagno, said, "I think it was a mistake for the governor to be on the beach. Taxpayers were shut out of it."',
    );
    expect(quotes(bank).every((q) => q.startsWith('kim-guadagno:'))).toBe(true);
    expect(quotes(bank)).toHaveLength(2);
  });

  it('reads "Minister for Defence Ignazio La Russa" and "High Commissioner for Human Rights Navi Pillay"', () => {
    const bank = draft(
      'Advisers sent to Libya',
      'Italian Minister for Defence Ignazio La Russa said ten advisers would go. "We will train them," La Russa said.',
      'UN High Commissioner for Human Rights Navi Pillay said the attacks could be crimes. "This must stop," Pillay said.',
    );
    expect(bank.entities.find((e) => e.name === 'Ignazio La Russa')).toMatchObject({
      kind: 'person',
      role: 'Italian Minister for Defence',
    });
    expect(bank.entities.find((e) => e.name === 'Navi Pillay')).toMatchObject({
      kind: 'person',
      role: 'UN High Commissioner for Human Rights',
    });
  });

  it('takes "Obeidi" for "Abdul Ati al-Obeidi", "Libya\'s foreign minister"', () => {
    const bank = draft(
      'Advisers sent to Libya',
      'Libya\'s foreign minister, Abdul Ati al-Obeidi, said the talks failed. In an interview with the BBC, Obeidi called for a ceasefire. "We will not accept foreign troops," said Obeidi.',
      '"This is a mistake," said William Hague. "We are ready," Hague said.',
    );
    expect(bank.entities.filter((e) => /Obeidi/.test(e.name))).toEqual([
      expect.objectContaining({ name: 'Abdul Ati al-Obeidi', role: 'foreign minister', aliases: ['Obeidi'] }),
    ]);
  });
});
