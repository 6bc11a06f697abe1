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

describe('draftEvents: dates read from the sentence before, clauses and noun phrases (trials 123-140)', () => {
  const texts = (sentences: string[], dateLine: string) =>
    draftEvents(sentences, dateLine).map((e) => [e.text, e.order, e.when]);

  it('reads "The following day" and "several days later" against the time told before (trial 131)', () => {
    expect(
      texts(
        [
          'In 2023, the helicopter executed two successful flight tests.',
          'Ingenuity’s team planned a short vertical flight on Jan. 18 to determine its location.',
          'The following day, communications were reestablished with ground controllers.',
          'Imagery revealing damage to the rotor blade arrived several days later.',
        ],
        'Jan 25, 2024',
      ),
    ).toEqual([
      ['The helicopter executed two successful flight tests', 1, 'In 2023'],
      ['Ingenuity’s team planned a short vertical flight to determine its location', 2, 'on Jan. 18'],
      ['Communications were reestablished with ground controllers', 3, 'The following day'],
      ['Imagery revealing damage to the rotor blade arrived', 4, 'several days later'],
    ]);
  });

  it('reads "About 30 hours later" and "more than two years earlier", and "Monday, March 11" as one day (trials 127, 137)', () => {
    expect(
      texts(
        [
          'NASA’s SpaceX Crew-7 completed its mission on Tuesday after splashing down safely.',
          'The Crew-7 mission lifted off Aug. 26, 2023, on a Falcon 9 rocket.',
          'About 30 hours later, Dragon docked to the Harmony module’s space-facing port.',
          'Crew-7 undocked at 11:20 a.m. Monday, March 11, to begin the trip home.',
        ],
        'Mar 12, 2024',
      ),
    ).toEqual([
      ['NASA’s SpaceX Crew-7 completed its mission', 4, 'on Tuesday'],
      ['The Crew-7 mission lifted off on a Falcon 9 rocket', 1, 'Aug. 26, 2023'],
      ['Dragon docked to the Harmony module’s space-facing port', 2, 'About 30 hours later'],
      ['Crew-7 undocked to begin the trip home', 3, 'Monday, March 11'],
    ]);
    expect(
      texts(
        [
          'It recalls June 19, 1865, the day troops from the Union side arrived in the city of Galveston, Texas.',
          'Lincoln had declared them legally free more than two years earlier.',
          'In June 2021, U.S. President Joe Biden declared Juneteenth a national holiday.',
        ],
        'June 18, 2024',
      ),
    ).toEqual([
      ['Troops from the Union side arrived in the city of Galveston, Texas', 2, 'June 19, 1865'],
      ['Lincoln had declared them legally free', 1, 'more than two years earlier'],
      ['U.S. President Joe Biden declared Juneteenth a national holiday', 3, 'In June 2021'],
    ]);
  });

  it('dates what a participle or a relative clause tells, not the main clause (trials 123, 125, 136)', () => {
    expect(
      texts(
        [
          'Under the Gateway Implementing Arrangement signed in 2022, NASA will also provide a seat.',
          'In addition, a revised Chinese anti-spying law that took effect on July 1, 2023, has made some Americans worry.',
          'A Pew Research Center study published in June 2024 suggests that attitudes have changed.',
          'CET was launched in 1982.',
        ],
        'July 09, 2024',
      ),
    ).toEqual([
      ['The Gateway Implementing Arrangement was signed', 2, 'in 2022'],
      ['A revised Chinese anti-spying law took effect', 3, 'on July 1, 2023'],
      ['A Pew Research Center study was published', 4, 'in June 2024'],
      ['CET was launched', 1, 'in 1982'],
    ]);
  });

  it('takes a "When" clause that holds the date, and no date a noun owns or a range ends (trial 138)', () => {
    expect(
      texts(
        [
          'Bonner married Sakharov in 1972, whom she had met through her political activities.',
          'When Sakharov won the Nobel Peace Prize in 1975, she traveled to Oslo to receive it.',
          'When the Soviet Union collapsed two years after Sakharov’s death in 1989, Bonner continued her work.',
          'But as she became increasingly politically active, they lost their common interests and divorced in 1965.',
          'Bonner received the Rafto Prize in 1991 for her promotion of human rights.',
          'The first referendum is to be held from November 20 to December 11, selecting a design.',
        ],
        'June 21, 2011',
      ),
    ).toEqual([
      ['Bonner married Sakharov', 1, 'in 1972'],
      ['Sakharov won the Nobel Peace Prize', 2, 'in 1975'],
      ['Bonner received the Rafto Prize for her promotion of human rights', 3, 'in 1991'],
    ]);
  });

  it('reads "Early November last year" as the November of the year before the date line (trial 134)', () => {
    expect(
      texts(
        [
          'Early November last year, General David Petraeus discussed the situation with King Hamad of Bahrain.',
          'A meeting in February this year with the Kuwaiti minister was the scene of comparable warnings.',
          'Sadeqinia was arrested near Los Angeles International Airport on July 28, 2009.',
        ],
        'Tuesday, November 30, 2010',
      ),
    ).toEqual([
      ['General David Petraeus discussed the situation with King Hamad of Bahrain', 2, 'Early November last year'],
      ['A meeting with the Kuwaiti minister was the scene of comparable warnings', 3, 'in February this year'],
      ['Sadeqinia was arrested near Los Angeles International Airport', 1, 'on July 28, 2009'],
    ]);
  });
});

describe('draftEvents: what the first clause keeps (trials 145 and 146)', () => {
  const texts = (sentences: string[], dateLine: string) =>
    draftEvents(sentences, dateLine).map((e) => [e.text, e.order, e.when]);

  it('drops a connective and a time phrase, and dates no clause past the first, no object and no bare verb', () => {
    expect(
      texts(
        [
          'Carter was born in the small town of Plains, Georgia, on October 1, 1924.',
          'However, in 1979, Iran took U.S. embassy workers hostage in Tehran.',
          'Five months into the crisis, in April 1980, Carter ordered a complex military operation to free the hostages.',
          'Carter led an active life until the age of 99, surviving brain cancer in 2015.',
          'Biden also declared January 9, 2025, as a National Day of Mourning.',
          'The high point of Carter’s presidency came in 1978.',
          'As a result, there were only 13 cases of Guinea worm recorded in 2022.',
          'The band went on to release six more albums, including Something Else, which was released last year.',
        ],
        'December 30, 2024',
      ),
    ).toEqual([
      ['Carter was born in the small town of Plains, Georgia', 1, 'on October 1, 1924'],
      ['Iran took U.S. embassy workers hostage in Tehran', 2, 'in 1979'],
      ['Carter ordered a complex military operation to free the hostages', 3, 'in April 1980'],
    ]);
  });

  it('leaves out who confirmed what happened', () => {
    expect(
      texts(
        [
          "On Monday, 46-year-old Dolores O'Riordan was found dead, her publicist Lindsey Holmes confirmed.",
          'The band broke up in 2003.',
          'Their first album was released in 1993, and the band toured the world.',
          'The band reunited in 2009.',
        ],
        'January 18, 2018',
      ).map(([t]) => t),
    ).toContain("46-year-old Dolores O'Riordan was found dead");
  });
});

describe('draftEvents: what the review found misread', () => {
  const texts = (sentences: string[], dateLine: string) => draftEvents(sentences, dateLine).map((e) => e.text);

  it('turns no past tense into a passive, and no object relative clause into a deed', () => {
    const t = texts(
      [
        'Microsoft announced on Monday that it would cut 10,000 jobs.',
        'The Senate passed in 2010 a sweeping health law.',
        'The accord, which Russia signed in 2022, collapsed.',
        'The treaty that Russia signed on March 3 was scrapped.',
        'Rebels seized the town in 2014.',
        'The army retook the town in 2016.',
        'Peace talks began in 2018.',
      ],
      'Tuesday, June 4, 2024',
    );
    expect(t.some((x) => / was (?:announced|passed|signed)$/.test(x))).toBe(false);
    expect(t).not.toContain('The treaty Russia signed');
  });

  it('reads no part of a bigger number, no "earlier than", and an anchor its own sentence tells', () => {
    const events = draftEvents(
      [
        'Humans settled the valley 10,000 years earlier.',
        'Rescuers arrived 1.5 hours later.',
        'The probe arrived two days earlier than planned.',
        'Smith joined the firm in 1990.',
        'Jones was promoted in 2000 and quit three years later.',
        'The following day, the firm filed for bankruptcy.',
        'Regulators fined the firm in 1995.',
      ],
      'June 4, 2024',
    );
    expect(events.map((e) => e.text)).not.toContain('Humans settled the valley 10');
    expect(events.map((e) => e.text)).not.toContain('Rescuers arrived 1');
    const order = (start: string) => events.find((e) => e.text.startsWith(start))?.order;
    expect(order('The firm filed')).toBeGreaterThan(order('Regulators fined')!);
  });

  it('keeps "the election" and "Still images", and "designated in 1980"; cuts no subject before a comma', () => {
    const t = texts(
      [
        'Trump won the election in November 2016.',
        'Still images released in 2019 showed the damage.',
        'The site was designated in 1980.',
        'The man arrested after the riot, John Smith, was charged in 2021.',
      ],
      'June 4, 2024',
    );
    expect(t).toContain('Trump won the election');
    expect(t).toContain('The site was designated');
    expect(t.some((x) => x.startsWith('Images'))).toBe(false);
    expect(t.some((x) => x.startsWith('John Smith'))).toBe(false);
  });
});
