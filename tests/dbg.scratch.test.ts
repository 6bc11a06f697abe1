import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readLayout } from '../src/core/draft/furniture.js';
it('dbg', () => {
  const t = readFileSync(process.env.ART!, 'utf8');
  const l = readLayout(t);
  console.log(JSON.stringify({ title: l.title, furniture: l.furniture, date: l.date, byline: l.byline }, null, 1));
});
