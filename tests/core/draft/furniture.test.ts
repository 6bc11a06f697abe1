import { describe, expect, it } from 'vitest';
import { findFurniture, isFurniture } from '../../../src/core/draft/furniture.js';

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
  ])('drops %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'Shares in the company fell 5% on Monday after the announcement.',
    'Readers wrote in to comment on the plan, and most of them liked it.',
    'The bakery sold 2,000 cookies at the fair.',
    'Related talks will continue next week, the ministry said.',
  ])('keeps article sentences such as %j', (line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it('never treats the title line as furniture, and lists each line once in reading order', () => {
    const text = 'Share this\n\nBody one.\n\nShare this\n\n© Someone\n';
    expect(findFurniture(text)).toEqual(['Share this', '© Someone']);
  });
});
