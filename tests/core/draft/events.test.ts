// Events the article dates: what happened, its order read from the sentence's one time marker and, for
// weekdays and months without a year, the article's date line.
import { describe, expect, it } from 'vitest';
import { draftEvents, publishedDay } from '../../../src/core/draft/events.js';

const DATE_LINE = 'Saturday, April 12, 2008';

describe('draftEvents', () => {
  it('orders weekdays against the date line, and a month without a year as the last one before it', () => {
    const events = draftEvents(
      [
        'State health officials in Kenya issued an alert Thursday after an outbreak of cholera killed over 60 people.',
        'On Friday the Health Ministry requested aid from the United Nations Children’s Fund, and Dr. Nyikal stated: "We have written to Unicef."',
        'Revenge killings and upheaval following the December elections in Kenya has displaced many in the country.',
      ],
      DATE_LINE,
    );
    expect(events.map((e) => [e.text, e.order, e.when])).toEqual([
      ['State health officials in Kenya issued an alert', 2, 'Thursday'],
      ['The Health Ministry requested aid from the United Nations Children’s Fund', 3, 'On Friday'],
      ['The December elections', 1, 'the December elections'],
    ]);
  });

  it('reads "in December of 1979" as that month, not the last December before the date line (trial 78)', () => {
    const events = draftEvents(
      [
        'A communist takeover in Afghanistan in April 1978 brought down the government.',
        'The Soviet Union invaded in December of 1979.',
        'Jimmy Carter died at the age of 100 on December 29, 2024.',
      ],
      'January 14, 2025',
    );
    expect(events.map((e) => [e.text, e.order, e.when])).toEqual([
      ['A communist takeover in Afghanistan brought down the government', 1, 'in April 1978'],
      ['The Soviet Union invaded', 2, 'in December of 1979'],
      ['Jimmy Carter died at the age of 100', 3, 'on December 29, 2024'],
    ]);
  });

  it('reads "on December 28" without a year as the last such day on or before the date line (trials 76, 84)', () => {
    const events = draftEvents(
      [
        'One such accident was the loss of Air France Flight 447 in 2009 into the Atlantic.',
        'The airliner vanished on December 28 with 162 people on board.',
        'The safety committee yesterday declared pilot error to be behind the crash.',
      ],
      'Wednesday, December 2, 2015',
    );
    expect(events.map((e) => [e.order, e.when])).toEqual([
      [1, 'in 2009'],
      [2, 'on December 28'],
      [3, 'yesterday'],
    ]);
  });

  it('reads full dates and years without a date line; overlapping spans share an order', () => {
    const events = draftEvents(
      [
        'On April 12, 1981, Space Shuttle Columbia lifted off from the Kennedy Space Center.',
        'Columbia was lost tragically back on February 1, 2003 when it disintegrated during re-entry.',
        'Space Shuttle Challenger was lost after liftoff on January 28, 1986.',
        'The space agency built a new launch pad in 1986.',
      ],
      undefined,
    );
    const order = Object.fromEntries(events.map((e) => [e.text, e.order]));
    expect(order).toEqual({
      'Space Shuttle Columbia lifted off from the Kennedy Space Center': 1,
      'Columbia was lost tragically': 3,
      'Space Shuttle Challenger was lost': 2,
      'The space agency built a new launch pad': 2,
    });
  });

  it('drafts nothing from fewer than three distinct times, from what is to come, or from spans', () => {
    expect(
      draftEvents(['Officials issued an alert on Thursday.', 'The ministry asked for aid on Friday.'], DATE_LINE),
    ).toEqual([]);
    const events = draftEvents(
      [
        'The council will vote on the plan next Monday.',
        'Sam Rainsy has been living in exile since 2015.',
        'The council said on Tuesday it would study the plan.',
        'The Sunday Times reported the story first.',
        'Officials issued an alert on Thursday.',
        'The ministry asked for aid on Friday.',
        'The bridge was closed in March 2007.',
      ],
      DATE_LINE,
    );
    expect(events.map((e) => e.sentence)).toEqual([4, 5, 6]);
  });

  it('reads the date lines news sites print', () => {
    expect(publishedDay('Saturday, April 12, 2008')).toEqual({ y: 2008, m: 4, d: 12 });
    expect(publishedDay('12 April 2008')).toEqual({ y: 2008, m: 4, d: 12 });
    expect(publishedDay('Jan. 13, 2017')).toEqual({ y: 2017, m: 1, d: 13 });
    expect(publishedDay('2008-04-12')).toEqual({ y: 2008, m: 4, d: 12 });
    expect(publishedDay('yesterday')).toBeUndefined();
  });
});
