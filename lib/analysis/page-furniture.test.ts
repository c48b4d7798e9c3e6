import { describe, expect, it } from 'vitest';
import { creditTail, furnitureOf, isQuestionSubheading } from './page-furniture';
import type { ExclusionReason } from './types';

describe('furnitureOf', () => {
  it.each<[string, ExclusionReason]>([
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Leave a Reply', 'comments'],
    ['Leave a Reply Cancel reply', 'comments'],
    ['Leave a Reply to Jane Doe', 'comments'],
    ['Your email address will not be published.', 'comments'],
    ['Required fields are marked *', 'comments'],
    ['Be the first to comment', 'comments'],
    ['12 comments', 'comments'],
    ['More follows …', 'notice'],
    ['More follows', 'notice'],
    ['This story is developing and will be updated.', 'notice'],
    ['UPDATE:', 'notice'],
    ['(Reporting by Jane Roe; Editing by John Doe)', 'byline'],
    ['Associated Press writer Jane Roe in London contributed to this report.', 'byline'],
    ['Listen to this article', 'widget'],
    ['Loading audio...', 'widget'],
    ['Share this article', 'widget'],
    ['Share on Facebook', 'widget'],
    ['Sign up to our morning newsletter', 'widget'],
    ['Subscribe to our newsletter for the day’s top stories.', 'widget'],
    ['Follow us on Twitter', 'widget'],
    ['Image 3 of 12', 'widget'],
    ['4 min read', 'widget'],
    ['Read more: UK sends troops and weapons to Ukraine', 'related-link'],
    ["Watch: Shelagh Fogarty's devastating takedown", 'related-link'],
    ['Also Read: County approves new budget for road repairs', 'related-link'],
    ['ALSO READ | Chipmaker shares fall after weak forecast', 'related-link'],
    ['Also Read Startups in Bengaluru slow hiring', 'related-link'],
    ['See also - The talks in Geneva', 'related-link'],
    ['Image caption, Passengers queue at a check-in desk', 'caption'],
    ['FILE PHOTO: A man walks past the Bank of England in London, May 4, 2023. REUTERS/John Doe/File Photo', 'caption'],
    ['Map showing the routes the two airlines fly', 'caption'],
    ['A map showing where the earthquake struck', 'caption'],
    ['Image source, Getty Images', 'credit'],
    ['Photo: Jane Doe/AP', 'credit'],
    ['Jane Doe/Getty Images', 'credit'],
    ['(AP Photo/Efrem Lukatsky)', 'credit'],
  ])('%j is %s', (line, reason) => {
    expect(furnitureOf(line)).toBe(reason);
  });

  it.each([
    'Officials said that around half of the staff working in Kyiv will return to the UK.',
    'Subscribers will pay more from March, the company said.',
    'Comments from the minister drew criticism from the opposition.',
    'Share prices fell 4% on Monday.',
    'Watch-list companies must report by Friday.',
    'Above, the sky over the capital was grey with smoke.',
    'Related to the case, two men were charged on Tuesday.',
    'Also read into the record was a letter from the governor.',
    'A map of the site was released by police on Tuesday.',
    'More than 25% of the flights were canceled on Sunday.',
    'Update your browser to watch the video, the site said.',
    'Advertisements for the drug were banned in 2019.',
  ])('keeps the sentence %j', (line) => {
    expect(furnitureOf(line)).toBeNull();
  });
});

describe('creditTail', () => {
  it.each<[string, string]>([
    ['Russian soldiers take part in drills in the Rostov region. Credit: AP', 'Credit: AP'],
    ['The UK has supplied weapons to Ukraine. Picture: Ukrainian Defense Ministry/Getty', 'Picture: Ukrainian Defense Ministry/Getty'],
    ['Protesters outside the embassy (Getty Images)', '(Getty Images)'],
    ['Representative Jane Doe, Republican of Texas, at the Capitol.CreditJohn Roe/Reuters', 'CreditJohn Roe/Reuters'],
  ])('%j ends in the credit %j', (line, credit) => {
    expect(line.slice(creditTail(line)?.start)).toBe(credit);
  });

  it('finds none in a sentence that names a source', () => {
    expect(creditTail('The figures came from the health ministry, according to Reuters.')).toBeNull();
  });
});

describe('isQuestionSubheading', () => {
  it.each<[string, boolean]>([
    ["What's next for Twitter now?", true],
    ['What happens to tickets already booked?', true],
    ['But are things really becoming more equal?', false],
    ['How much longer?', false],
    ['Why did the minister say “never again”?', false],
  ])('%j: %s', (line, expected) => {
    expect(isQuestionSubheading(line)).toBe(expected);
  });
});
