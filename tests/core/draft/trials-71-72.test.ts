// What trials 71 (NASA, a global accounting of Earth's rivers) and 72 (Wikinews, plane debris in the Maldives) found.
import { describe, expect, it } from 'vitest';
import { allFacts, draftArticle } from '../../helpers/draft-article.js';

describe("trial 71: Earth's rivers", () => {
  const d = draftArticle(
    'NASA-Led Study Provides New Global Accounting of Earth’s Rivers',
    'The scientists estimate that the total volume of water in Earth’s rivers on average from 1980 to 2009 was 539 cubic miles (2,246 cubic kilometers).',
    'Estimates in the paper could eventually be compared with data from the international Surface Water and Ocean Topography (SWOT) satellite to improve measurements.',
  );

  it('reads the end of a span of years as a year, not a figure', () => {
    expect(allFacts(d).flatMap((f) => (f.kind === 'quantity' ? [f.value] : []))).toEqual([539]);
  });

  it('takes a name the noun after its letters calls a satellite for no body', () => {
    const kinds = Object.fromEntries(d.bank.entities.map((e) => [e.name, e.kind]));
    expect(kinds['Surface Water and Ocean Topography']).not.toBe('organisation');
  });
});

describe('trial 72: debris in the Maldives', () => {
  const d = draftArticle(
    'Suspected plane debris washes ashore on several Maldives islands',
    'Authorities are trying to determine if it may be part of Malaysia Airlines Flight 370 (MH370).',
    'MH370, while flying from Kuala Lumpur, Malaysia to Beijing, China, vanished without a trace on March 8, 2014.',
    "One piece appears to have a serial number on the side, possibly reading '021411270507.'",
    'On the day the plane went missing, residents on the small Maldive island of Kudahuvadhoo claimed to have seen a very "low flying jumbo jet" crash into the Indian Ocean.',
    '"I\'ve never seen a jet flying so low over our island before. I could even make out the doors on the plane clearly", one resident was quoted as saying to the newspaper Haveeru Daily.',
  );

  it('reads no body out of "MH370" and no figure out of a serial number', () => {
    expect(d.bank.entities.map((e) => e.name)).not.toContain('MH');
    expect(allFacts(d).filter((f) => f.kind === 'quantity')).toEqual([]);
  });

  it('exchanges a city with the country written after it', () => {
    const claim = allFacts(d).find((f) => f.kind === 'statement' && f.text.startsWith('MH370'));
    expect(claim?.kind === 'statement' && claim.falsify).toEqual([
      { replace: 'Kuala Lumpur, Malaysia to Beijing, China', with: 'Beijing, China to Kuala Lumpur, Malaysia' },
    ]);
  });

  it('gives words to "one resident" and to the island\'s residents, never to the island', () => {
    const byId = new Map(d.bank.entities.map((e) => [e.id, e]));
    const quotes = allFacts(d).flatMap((f) => (f.kind === 'quote' ? [[f.text, byId.get(f.speaker)?.name]] : []));
    expect(quotes).toContainEqual(["I've never seen a jet flying so low over our island before", 'one resident']);
    expect(quotes).toContainEqual(['low flying jumbo jet', 'residents of Kudahuvadhoo']);
    expect(quotes.map(([, who]) => who)).not.toContain('Kudahuvadhoo');
  });
});
