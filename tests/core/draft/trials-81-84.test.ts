// What trials 81 to 84, run on the session's last build, found.
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../helpers/draft-article.js';

describe('trial 82: a father and son', () => {
  it('gives "Edward Martin III" no alias "III": the surname is before the generation', () => {
    const d = draftArticle(
      'Oldest Pet Burial Ground in America',
      'Edward Martin III, vice president of the cemetery, said business is good.',
      'His father Edward Martin Jr. bought the cemetery in 1974.',
    );
    const son = d.bank.entities.find((e) => e.name === 'Edward Martin III');
    expect(son?.aliases ?? []).not.toContain('III');
  });
});
