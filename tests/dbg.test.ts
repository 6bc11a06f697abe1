import { it } from 'vitest';
it('dbg', async () => {
  const { findNumbers } = await import('../src/core/draft/numbers.js');
  const q = await import('../src/core/draft/quantity-question.js');
  const verbBase = await (await import('../src/io/nlp.js')).loadVerbBase();
  const s = 'U.S. President Barack Obama has threatened military strikes on Syria in response to a chemical weapons attack last month on a rebel-held area of Damascus that Washington says killed 1,400 people.';
  const n = findNumbers(s)[0]!;
  console.log(q.quantityQuestion(s, n.hedgeStart, n.unitEnd, n.unit, verbBase));
});
