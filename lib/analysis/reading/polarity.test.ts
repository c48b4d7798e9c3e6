import { describe, expect, it } from 'vitest';
import { analysisOf } from '../discrepancies/mention-view';

/** The polarity reading of one sentence, through the shared analysis, in plain terms. */
function polarityOf(text: string) {
  const reading = analysisOf({ articleId: 'a', outlet: 'A', text, start: 0, previous: '' }).polarity;
  if (!reading) return null;
  const { polarity, predicates, cue, subject, objects, quoted, start, end } = reading;
  return { polarity, predicates, cue: cue?.value ?? null, subject, objects, words: text.slice(start, end), quoted };
}

describe('readPolarity', () => {
  it.each([
    // Negation among the main verb's auxiliaries, past a telling frame.
    ['The State Department said the announcement does not constitute an evacuation.', { polarity: 'denied', predicates: ['constitute'], cue: 'not', subject: 'announcement', objects: ['evacuation'], words: 'does not constitute', quoted: false }],
    ['The State Department said the announcement constitutes an evacuation.', { polarity: 'asserted', predicates: ['constitute'], cue: null, subject: 'announcement', objects: ['evacuation'], words: 'constitutes', quoted: false }],
    ['The suspect was never charged with murder.', { polarity: 'denied', predicates: ['charge'], cue: 'never', subject: 'suspect', objects: ['murder'], words: 'was never charged', quoted: false }],
    ["The vaccine isn't safe for children.", { polarity: 'denied', predicates: ['be'], cue: "n't", subject: 'vaccine', objects: ['safe', 'child'], words: "isn't", quoted: false }],
    ['He is no longer in office.', { polarity: 'denied', predicates: ['be'], cue: 'no', subject: 'he', objects: ['office'], words: 'is no longer', quoted: false }],
    // A negative determiner of the object or of the subject.
    ['The European Union said it has no plans to follow suit.', { polarity: 'denied', predicates: ['have'], cue: 'no', subject: 'it', objects: ['plan', 'follow', 'suit'], words: 'has no', quoted: false }],
    // wink tags "plans" a verb here: after an auxiliary, an -s form is the noun.
    ['Russia has plans for military action in Ukraine.', { polarity: 'asserted', predicates: ['have'], cue: null, subject: 'russia', objects: ['plan', 'military', 'action', 'ukraine'], words: 'has', quoted: false }],
    ['No specific event occurred in the last day, officials said.', { polarity: 'denied', predicates: ['occur'], cue: 'No', subject: 'event', objects: ['last', 'day'], words: 'occurred', quoted: false }],
    ['Officials said Monday that the talks did not resume.', { polarity: 'denied', predicates: ['resume'], cue: 'not', subject: 'talk', objects: [], words: 'did not resume', quoted: false }],
    // A denial denies its counterparts; it is the denier's, so its subject is the denier.
    ['Officials denied the strike hit a hospital.', { polarity: 'denied', predicates: ['confirm', 'admit', 'acknowledge'], cue: 'denied', subject: 'officials', objects: ['strike', 'hit', 'hospital'], words: 'denied', quoted: false }],
    ['The company confirmed the report.', { polarity: 'asserted', predicates: ['confirm'], cue: null, subject: 'company', objects: ['report'], words: 'confirmed', quoted: false }],
    // A passive "denied" is no denial.
    ['He was denied bail, and he did not appeal.', { polarity: 'asserted', predicates: ['deny'], cue: null, subject: 'he', objects: ['bail'], words: 'was denied', quoted: false }],
    // A negation in another clause or in an aside leaves the main verb asserted.
    ['The report found he harassed 11 women, including some who did not work for him.', { polarity: 'asserted', predicates: ['harass'], cue: null, subject: 'he', objects: ['11', 'woman'], words: 'harassed', quoted: false }],
    ['The move is a precautionary one, with no specific event believed to have occurred in the last day.', { polarity: 'asserted', predicates: ['be'], cue: null, subject: 'move', objects: ['precautionary', 'one'], words: 'is', quoted: false }],
    // Advice is the statement's own verb: "not to travel" is what was advised.
    ['The State Department also warned people not to travel to Ukraine or Russia.', { polarity: 'asserted', predicates: ['warn'], cue: null, subject: 'department', objects: ['people', 'travel', 'ukraine', 'russia'], words: 'warned', quoted: false }],
    // A fronted phrase is no main clause.
    ['In Berlin, Mr Blinken will not meet Lavrov.', { polarity: 'denied', predicates: ['meet'], cue: 'not', subject: 'blinken', objects: ['lavrov'], words: 'will not meet', quoted: false }],
    // The main verb inside a quotation is the speaker's.
    ['“We will not leave,” he said.', { polarity: 'denied', predicates: ['leave'], cue: 'not', subject: 'we', objects: [], words: 'will not leave', quoted: true }],
    ['He said: “We will not leave.”', { polarity: 'denied', predicates: ['leave'], cue: 'not', subject: 'we', objects: [], words: 'will not leave', quoted: true }],
  ] as const)('%s', (text, expected) => {
    expect(polarityOf(text)).toEqual(expected);
  });

  it.each([
    // Where a relative clause inside the subject ends is unclear without commas.
    'The man who shot him was not arrested.',
    // A denial denied says neither yes nor no.
    'Russia did not deny the report.',
    // No verb.
    'More troops to the border.',
  ])('abstains on %s', (text) => {
    expect(polarityOf(text)).toBeNull();
  });
});
