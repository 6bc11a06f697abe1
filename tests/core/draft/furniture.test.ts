import { describe, expect, it } from 'vitest';
import { findFurniture, isFurniture, readLayout } from '../../../src/core/draft/furniture.js';

describe('page furniture', () => {
  it.each([
    '© KEYSTONE/EPA/MICHAEL REYNOLDS / POOL',
    'Leave a Comment',
    'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
    'Share this',
    'Share on Facebook',
    'Read more: Riverside budget hearing draws record crowd',
    'We use cookies to improve your experience. Accept all cookies',
    'Photo: The old crossing at Mill Lane.',
    'Advertisement',
    "Riverton's mayor Ana Silva; from file, 2015.",
    'The old ferry at Mill Lane (file photo).',
    "I'm Bryan Lynn.",
    'I’m Andrew Smith. And I’m Anna Matteo.',
    'FILE - Travelers walk through the international terminal of an airport on December 1, 2023.',
    'Bryan Lynn wrote this story for VOA Learning English based on reports from NASA.',
    // Trial 15: a NASA caption of 300 characters with its credit and download link, and a release's contacts.
    'Perseverance Cores ‘Bunsen Peak’: The 21st rock core captured by the rover has a composition that would make it good at trapping signs of life. The sample was cored from “Bunsen Peak” on March 11, the 1,088th Martian day, or sol, of the mission. Credits: NASA/JPL-Caltech. Download image ›',
    'Meet the Mars Samples: a sample taken from a region rich in carbonate. Credits: NASA/JPL-Caltech. Download video ›',
    'News Media Contacts',
    // Trial 18: a sign-off of several credits, and the call to readers after it.
    'Brian Padden and Victor Beattie reported on this story for VOANews.com. Youmi Kim in Seoul also contributed to the report. Bryan Lynn adapted this story for Learning English. Mario Ritter was the editor.',
    'We want to hear from you. Write to us in the Comments section, and post on our Facebook page.',
    // Trial 68: the older MediaWiki skin's navigation line.
    'Jump to: navigation, search',
    // Trial 63: a credit that says where from.
    'Sebastian Mhofu contributed to this report from Harare.',
    // Trials 57 and 59: a caption dated in one place, and epa.gov's footer.
    'Chinese President Xi Jinping, right, and Congo President Denis Sassou Nguesso listen to their national anthems during a welcoming ceremony inside the Great Hall of the People in Beijing, Sept. 5, 2018.',
    'Contact Us about News Releases to ask a question, provide feedback, or report a problem.',
    'Last updated on October 8, 2024',
    'Foreign journalists leave a venue after being told that coverage plans had changed in Pyongyang, North Korea, May 8, 2016.',
    'karen.c.fox@nasa.gov / charles.e.blue@nasa.gov',
    // Trial 77: a media box with its running time.
    'AUDIO: Listen to the entire State of the Union address (1:09:29).',
    // Trial 70: VOA's dated caption with a sentence of context after it.
    'The entrance gate of Doraleh Multi-Purpose Port is seen in Djibouti, July 4, 2018. East Africa’s smallest country, Djibouti, is seeking to capitalize on its strategic position on one of the world’s busiest trade routes.',
  ])('drops %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'Shares in the company fell 5% on Monday after the announcement.',
    'Readers wrote in to comment on the plan, and most of them liked it.',
    'The bakery sold 2,000 cookies at the fair.',
    'Related talks will continue next week, the ministry said.',
    'The council took the plan from file to vote in a single week, the mayor said.',
    'Anna Berg wrote the report for the council based on ten years of records.',
    "I'm sure the bridge will be built, and I'm glad of it.",
    // A body paragraph that dates its event "on" a day, then goes on.
    'The two leaders met in Helsinki on July 16, 2018. They talked for two hours. Then they spoke to the press.',
  ])('keeps article sentences such as %j', (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it.each([
    'This page was last edited on 3 May 2021, at 10:12.',
    'Content is available under Creative Commons Attribution 2.5 unless otherwise noted.',
    'Privacy policy About Wikinews Disclaimers Mobile view',
  ])('drops the wiki footer line %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it("drops the names and bodies of a release's contacts block, never joining them into a name (trial 15)", () => {
    const text = [
      'Rover samples a rock',
      '',
      'The rover took its 24th sample on March 11, the team said in a statement on Wednesday.',
      '',
      'News Media Contacts',
      '',
      'DC Agle',
      'Jet Propulsion Laboratory, Pasadena, Calif.',
      '818-393-9011',
      '',
      'Karen Fox / Charles Blue',
      'NASA Headquarters, Washington',
    ].join('\n');
    expect(findFurniture(text)).toEqual(
      expect.arrayContaining(['DC Agle', 'Jet Propulsion Laboratory, Pasadena, Calif.', 'Karen Fox / Charles Blue']),
    );
  });

  it('drops a pull quote the body gives again, with its "— Name, role" line (trial 17)', () => {
    const text = [
      'Crisis escalates',
      '',
      'The spokesperson said the agency had raised the level. "We have upgraded the severity level to seven as the impact has been widespread," he said.',
      '',
      'We have upgraded the severity level to seven as the impact has been widespread.',
      '— Spokesperson, NISA',
      '',
      'More than 150,000 people remain displaced, living in emergency shelters across the region.',
    ].join('\n');
    expect(findFurniture(text)).toEqual(
      expect.arrayContaining([
        'We have upgraded the severity level to seven as the impact has been widespread.',
        '— Spokesperson, NISA',
      ]),
    );
  });

  it('drops every line after a wiki\'s "Retrieved from" or "Categories:", sentences too', () => {
    const text = [
      'Harbour opens new pier',
      '',
      'The harbour office opened a new pier for the rescue boats on Monday, a spokesman said.',
      '',
      'Retrieved from "https://en.wikinews.org/w/index.php?title=Harbour_opens_new_pier"',
      'Categories: May 3, 2021 | Harbours | Published',
      'The old pier will be kept as a museum for the town, the wiki page said on Monday.',
      '',
    ].join('\n');
    const furniture = readLayout(text).furniture;
    expect(furniture).toContain('The old pier will be kept as a museum for the town, the wiki page said on Monday.');
    expect(furniture).not.toContain(
      'The harbour office opened a new pier for the rescue boats on Monday, a spokesman said.',
    );
  });

  it('never treats the title line as furniture, and lists each line once in reading order', () => {
    const text = 'Share this\n\nBody one.\n\nShare this\n\n© Someone\n';
    expect(findFurniture(text)).toEqual(['Share this', '© Someone']);
  });

  it('leaves out a reader box\'s question to readers, between "HAVE YOUR SAY" and "Add or view comments"', () => {
    const text = [
      'Court orders paragraphs made public',
      '',
      'The Court of Appeal ruled on Wednesday that the seven paragraphs must be published in full.',
      '',
      'HAVE YOUR SAY',
      'Should the paragraphs have been kept secret? If so, why?',
      'Add or view comments',
      '',
      'The government said it would not appeal the ruling to the Supreme Court.',
    ].join('\n');
    const f = findFurniture(text);
    expect(f).toEqual([
      'HAVE YOUR SAY',
      'Should the paragraphs have been kept secret? If so, why?',
      'Add or view comments',
    ]);
  });
});
