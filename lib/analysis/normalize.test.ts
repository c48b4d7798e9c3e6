import { describe, expect, it } from 'vitest';
import { findClockTimes, findNumbers, findTimes, numberKey } from './normalize';

const values = (text: string) => findNumbers(text).map((found) => found.value);
const keys = (text: string) => findTimes(text).map((found) => found.key);

describe('findNumbers', () => {
  it.each<[string, number[]]>([
    ['an estimated 100,000 troops', [100000]],
    ['Russia has massed 100000 troops', [100000]],
    ['around 100k troops', [100000]],
    ['a £50bn deal', [50e9]],
    ['up to 5,000 personnel, boosted to ten times that number', [5000, 10]],
    ['a hundred thousand people', [100000]],
    ['fifty thousand troops', [50000]],
    ['around half of staff', [0.5]],
    ['4.5 per cent', [4.5]],
    ['five and a half months', [5.5]],
    ['twenty-five soldiers, forty two votes', [25, 42]],
    ['100\u202f000 troops and 2\u00a0500 tanks', [100000, 2500]],
    ['5 1/2 months and 5½ months', [5.5, 5.5]],
    ['one and a half million people', [1.5e6]],
    ['another $100-million in savings', [100e6]],
    ['3/4 of voters', [0.75]],
    ['on 9/11 and 1/2/2022', [9, 11, 1, 2, 2022]],
    ['no numbers here', []],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('gives equal values the same key however they are written', () => {
    expect(new Set(['100,000', '100000', '100k', 'a hundred thousand'].map((text) => numberKey(values(text)[0] as number))).size).toBe(1);
  });
});

describe('findTimes', () => {
  it('treats "in the last day" and "in the past 24 hours" as the same period', () => {
    expect(keys('no specific event in the last day')).toEqual(keys('any developments in the past 24 hours'));
  });

  it.each<[string, string[]]>([
    ['talks on Friday in Geneva', ['weekday:friday']],
    ['visited Kiev last Wednesday', ['weekday:last-wednesday']],
    ['talks in Europe last week', ['relative:last-week']],
    ["during last week's negotiations", ['relative:last-week']],
    ['the Foreign Office said today', ['relative:today']],
    ['published 19 January and again on January 19', ['date:1-19', 'date:1-19']],
    ['nothing temporal', []],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('findClockTimes', () => {
  it('gives one key to one time of day however it is written', () => {
    const clock = (text: string) => findClockTimes(text).map((found) => [text.slice(found.start, found.end), found.key]);
    expect(clock('at 2 a.m. and again at 2am.')).toEqual([
      ['2 a.m.', 'clock:120'],
      ['2am', 'clock:120'],
    ]);
    expect(clock('from 11:59 p.m., 7.30am or 12 noon')).toEqual([
      ['11:59 p.m.', 'clock:1439'],
      ['7.30am', 'clock:450'],
    ]);
    expect(clock('I am 12 and 25 members')).toEqual([]);
  });
});
