import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { readPlaceLists } from './place-lists';

const listsOf = (text: string) => readPlaceLists(tokenize(text)).map((list) => ({ places: list.places, words: text.slice(list.start, list.end) }));

describe('readPlaceLists', () => {
  it.each([
    ['The State Department also warned people not to travel to Ukraine or Russia.', [{ places: ['ukraine', 'russia'], words: 'Ukraine or Russia' }]],
    ['The ban applies to imports from China, Vietnam and Malaysia.', [{ places: ['china', 'vietnam', 'malaysia'], words: 'China, Vietnam and Malaysia' }]],
    ['Flights to the United States and the United Kingdom were cancelled.', [{ places: ['united states', 'united kingdom'], words: 'United States and the United Kingdom' }]],
    ['He faced questions from lawmakers in Washington and Ohio.', [{ places: ['washington', 'ohio'], words: 'Washington and Ohio' }]],
    ['Staff at the US Embassy in Kiev were told to leave.', [{ places: ['kiev'], words: 'Kiev' }]],
    // A name that is no place ends the list; a bare comma before a verb starts a new clause.
    ['Troops moved to Ukraine and Biden warned Moscow.', [{ places: ['ukraine'], words: 'Ukraine' }]],
    ['Troops moved in Ukraine, Russia said.', [{ places: ['ukraine'], words: 'Ukraine' }]],
  ] as const)('%s', (text, expected) => {
    expect(listsOf(text)).toEqual(expected);
  });

  it.each([
    // No preposition: a list of subjects, a dateline.
    'Denmark and Spain are also sending planes and ships.',
    'LONDON, Jan 24 (Reuters) - Britain is withdrawing staff.',
    // Names that are no places: a month, a disease, a people before a noun, an institution, sources.
    'The law took effect in May.',
    'He died of complications from Covid-19.',
    'He faced questions from Republican lawmakers.',
    'She testified to Congress on Tuesday.',
    'The news was reported by CNN, Bloomberg and Reuters.',
    'The Food and Drug Administration approved it after review by the Centers for Disease Control and Prevention.',
  ])('reads no place in %s', (text) => {
    expect(listsOf(text)).toEqual([]);
  });
});
