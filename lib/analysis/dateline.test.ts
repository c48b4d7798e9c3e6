import { describe, expect, it } from 'vitest';
import { readDateLine, readPlaceDateline } from './dateline';
import type { Dateline } from './types';

describe('readPlaceDateline', () => {
  it.each<[string, string, Dateline, string | null]>([
    ['WASHINGTON (AP) — The Senate passed the bill.', 'WASHINGTON (AP) —', { place: 'WASHINGTON', date: null, agency: 'AP' }, null],
    ['KYIV, Ukraine (AP) — The United States ordered families to leave.', 'KYIV, Ukraine (AP) —', { place: 'KYIV, Ukraine', date: null, agency: 'AP' }, null],
    ['LONDON (Reuters) - Britain is withdrawing some embassy staff.', 'LONDON (Reuters) -', { place: 'LONDON', date: null, agency: 'Reuters' }, null],
    ['LONDON, Jan 24 (Reuters) - Britain is withdrawing some embassy staff.', 'LONDON, Jan 24 (Reuters) -', { place: 'LONDON', date: '2022-01-24', agency: 'Reuters' }, '2022-01-25'],
    ['Paris (AFP) - France said on Monday it would send troops.', 'Paris (AFP) -', { place: 'Paris', date: null, agency: 'AFP' }, null],
    ['Denver (AP) – Colorado’s top law enforcement official promises to defend the law.', 'Denver (AP) –', { place: 'Denver', date: null, agency: 'AP' }, null],
    ['KYIV, Ukraine — The government ordered residents to leave.', 'KYIV, Ukraine —', { place: 'KYIV, Ukraine', date: null, agency: null }, null],
    ['FERGUSON, Mo. -- Attorney General Eric Holder said Wednesday that he would visit.', 'FERGUSON, Mo. --', { place: 'FERGUSON, Mo.', date: null, agency: null }, null],
    ['WASHINGTON — Travel restrictions will be lifted.', 'WASHINGTON —', { place: 'WASHINGTON', date: null, agency: null }, null],
    ['WASHINGTON—Travel restrictions will be lifted.', 'WASHINGTON—', { place: 'WASHINGTON', date: null, agency: null }, null],
    ['SAN FRANCISCO: The company said it would cut staff.', 'SAN FRANCISCO:', { place: 'SAN FRANCISCO', date: null, agency: null }, null],
    ['SAN FRANCISCO:', 'SAN FRANCISCO:', { place: 'SAN FRANCISCO', date: null, agency: null }, null],
    ['New Delhi/Mumbai: An Indian warship foiled a pirate attack.', 'New Delhi/Mumbai:', { place: 'New Delhi/Mumbai', date: null, agency: null }, null],
    ['Mumbai, Nov 11 -', 'Mumbai, Nov 11 -', { place: 'Mumbai', date: '2011-11-11', agency: null }, '2011-11-12'],
    // Without a year, the latest such date on or before publication: an article of 2 January dated "Dec. 31".
    ['BEIJING, Dec. 31 (Xinhua) -- China said on Sunday it would open the border.', 'BEIJING, Dec. 31 (Xinhua) --', { place: 'BEIJING', date: '2022-12-31', agency: 'Xinhua' }, '2023-01-02'],
    ['WASHINGTON, DC, April 28, 2009', 'WASHINGTON, DC, April 28, 2009', { place: 'WASHINGTON, DC', date: '2009-04-28', agency: null }, null],
    ['London.', 'London.', { place: 'London', date: null, agency: null }, null],
  ])('%j opens with %j', (line, prefix, dateline, published) => {
    expect(readPlaceDateline(line, published)).toEqual({ length: prefix.length, dateline });
  });

  it.each([
    'Elder — who had arrived in his campaign bus — spoke to reporters.',
    'The Senate — in an overwhelmingly bipartisan vote on Thursday — passed the bill.',
    'TUCKER CARLSON: It is not just political protesters the government is spying on.',
    'UPDATE: 9 p.m. -- White House spokesman Eric Schultz said he hoped for a deal.',
    'NATO (the alliance) - says it stands ready.',
    'BREAKING — A fire broke out at the plant.',
    'ALASKA-Shortly after 3:30 Tuesday morning someone called 911.',
    'Army: 40% fully vaccinated with 57% with one dose.',
    'Ukraine',
    'Friday, June 7 — the day of the vote.',
    'He said: "We are worried."',
  ])('reads no dateline in %j', (line) => {
    expect(readPlaceDateline(line)).toBeNull();
  });
});

describe('readDateLine', () => {
  it.each<[string, string | null]>([
    ['19 January 2022, 00:25', '2022-01-19'],
    ['Updated: January 19, 2022 12:25pm', '2022-01-19'],
    ['First Published: June 13, 2013 4:59 PM EDT', '2013-06-13'],
    ['21 July 2013 Last updated at 11:11 GMT', '2013-07-21'],
    ['Published on: Fri, 11 Nov 2011 at 09:56 IST', '2011-11-11'],
    ['31 February 2022', null],
  ])('%j dates the page %s', (line, date) => {
    expect(readDateLine(line)).toEqual({ date });
  });

  it('reads no date in a sentence', () => {
    expect(readDateLine('The talks of 19 January 2022 failed.')).toBeNull();
  });
});
