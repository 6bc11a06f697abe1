import { it } from 'vitest';
it('dbg', async () => {
  const { findNumbers } = await import('../src/core/draft/numbers.js');
  for (const s of ['Both of these crimes will result in sentences of one to six years imprisonment.', 'This conviction could result in anything from two to fifteen years imprisonment for Simpson.', 'Each conviction could result of a prison sentence of between three and 30 years.', 'The storm killed 10 to 20 people.']) console.log(JSON.stringify((findNumbers as any)(s).map((n:any)=>[n.value,n.text,n.counts,n.precision,n.notes])));
});
