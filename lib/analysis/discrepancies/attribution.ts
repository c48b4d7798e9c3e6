import type { Span } from '../types';
import { findFrame } from '../frames';
import { spanOf, wordsOf, type Detector, type MentionView, type Reading } from './mention-view';

/**
 * A different source credited for the same fact. Seed pairs: "Officials said that around half of the
 * staff…" (ITV News) vs "…, reports the BBC" (The Sun); "State Department officials stressed…" vs
 * "The US stressed…".
 */
// Who can be credited, word by word: names and abbreviations ("Sen.", "U.S."), small words and
// modifiers ("the nation's top health expert"), and nouns that name a source. Shapes read in held-out
// batch 1: "Senator Ann Lee (D-Ore.) on Thursday said …", "Thursday's report from the Labor Department
// showed that …".
const NAME_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt)\.|U\.S\.|U\.K\.|\p{Lu}[\p{L}'’-]*)`;
const SOURCE_NOUN = String.raw`(?:officials?|sources?|spokes(?:man|woman|person)|representatives?|aides?|analysts?|economists?|experts?|regulators?|researchers?|scientists?|lawmakers?|authorities|agency|company|department|office|ministry|government|administration|police|prosecutors?|lawyers?|attorneys?|advis[eo]rs?|investigators?|witnesses|statement|report|data|figures|study|survey|documents|drugmaker|coordinator|director|minister|secretary|president|chancellor|governor|mayor|senator)`;
const MODIFIER = String.raw`(?:the|a|an|of|and|from|for|at|top|senior|chief|former|federal|state|local|public|health|infectious|diseases?|military|foreign|deputy|prime|press|several|\p{Ll}+['’]s|US|UK)`;
// Any word before a source noun is its modifier: "intelligence officials", "infectious disease expert".
const SOURCE_WORD = String.raw`(?:${NAME_WORD}|${SOURCE_NOUN}|${MODIFIER}|\p{Ll}+(?=\s+${SOURCE_NOUN}\b))`;
const SOURCE_PHRASE = String.raw`${SOURCE_WORD}(?:\s+${SOURCE_WORD}){0,9}`;
// "(R-Ky.)", "on Thursday", "Sunday", "today": between the source and its verb, or after the verb.
const ASIDE = String.raw`(?:\s*\([^()]{1,30}\))?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+(?:today|yesterday))?`;
const SAYS = String.raw`(?:said|says|tell|tells|told|added|stressed|warned|claimed|confirmed|announced|insisted|believes|reported|reports|noted|explained|urged|advised|wrote|tweeted|showed|shows|revealed|acknowledged|admitted|argued)`;
// At the start of a sentence these verbs name an act unless a clause follows: "Israel and Hamas
// announced a cease-fire" is the fact, "The Labor Department announced Thursday that …" credits it.
const SAYS_THAT = String.raw`(?:(?:confirmed|announced|revealed|acknowledged|admitted)${ASIDE}\s+that|(?:said|says|tell|tells|told|added|stressed|warned|claimed|insisted|believes|reported|reports|noted|explained|urged|advised|wrote|tweeted|showed|shows|argued))`;
// "Officials said that", "The UK Foreign Office said today", "State Department officials stressed",
// "Mr. Johnson said" (= "Mr Johnson said"), "Confirming the move, the Foreign Office said", "In a
// long-awaited announcement, the company said on Monday …".
const LEADING_SOURCE = new RegExp(
  String.raw`^(?:(?:But|And|Meanwhile|However|Today),?\s+)?(?:(?:\p{Lu}\p{Ll}+ing|In|At|On|During|After|Before)\b[^,]{0,50},\s+)?(${SOURCE_PHRASE})${ASIDE}\s+${SAYS_THAT}\b`,
  'u',
);
// Inside the sentence, before what follows it: "…, the president announced Monday, though …", "…, it
// said on Thursday, urging …", "…, the White House announced on Friday, traveling …", "…,” said Trump, who also …", "…, reports CNN, citing data …" (shapes read
// in held-out batch 1); at the end, "…, Senator Ann Lee announced." (batch 2), which the claim's frame
// leaves in its core.
const MIDDLE_SOURCE = new RegExp(
  String.raw`[,"”]\s*(?:(${SOURCE_PHRASE}|it|he|she|they)${ASIDE}\s+${SAYS}${ASIDE}(?:\s+in\s+an?\s+(?:press\s+release|statement|news\s+conference|interview|tweet))?${ASIDE},\s+(?:though|although|but|while|(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing)\b|said\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,3}),\s+who\b|(?:reports?|according\s+to)\s+(${SOURCE_PHRASE}),\s+(?:citing|saying|adding|which|who)\b|(${SOURCE_PHRASE})${ASIDE}\s+announced${ASIDE}\s*[.!]?\s*$)`,
  'u',
);
const GENERIC_SUBJECTS = /^(?:it|he|she|they|we|i|this|that|there)$/i;
// A source is a name or a noun that names one: "the nation's top health expert", not "the".
const NAMES_A_SOURCE = new RegExp(String.raw`(?:^|\s)(?:${NAME_WORD}|${SOURCE_NOUN})$`, 'u');

/** A source credited in a sentence: the match, and the words in it that name the source. */
interface Credit {
  match: RegExpExecArray;
  named: string;
}

/**
 * Where a mention credits its source: at its end (the claim's frame: "…, reports the BBC"), at its start
 * ("Officials said", "Hamas and Egypt said"), inside it ("…, it said on Thursday, urging …"). Read once
 * per mention: the attribution and timing detectors both need it.
 */
export interface Credits {
  trailing: Span | null;
  leading: Credit | null;
  middle: Credit | null;
}

const creditsRead = new WeakMap<MentionView, Credits>();

export function creditsOf(mention: MentionView): Credits {
  let found = creditsRead.get(mention);
  if (!found) {
    const { text } = mention;
    const leading = LEADING_SOURCE.exec(text);
    const middle = MIDDLE_SOURCE.exec(text);
    const middleNamed = middle?.[1] ?? middle?.[2] ?? middle?.[3] ?? middle?.[4];
    found = {
      trailing: findFrame(text, { start: 0, end: text.length }).attribution,
      leading: leading?.[1] && NAMES_A_SOURCE.test(leading[1]) ? { match: leading, named: leading[1] } : null,
      middle: middle && middleNamed && (GENERIC_SUBJECTS.test(middleNamed) || NAMES_A_SOURCE.test(middleNamed)) ? { match: middle, named: middleNamed } : null,
    };
    creditsRead.set(mention, found);
  }
  return found;
}

export const attributionDetector: Detector = {
  type: 'attribution',
  read(mention) {
    const { trailing, leading, middle } = creditsOf(mention);
    if (trailing) {
      const raw = mention.text.slice(trailing.start, trailing.end);
      const source = raw
        .replace(/^(?:reports?|according to|said|says|claimed|added)\s+/i, '')
        .replace(/\s+(?:said|says|added|reported|claimed|warned|stressed|announced|(?:told|tells?)\s[\s\S]*)$/i, '')
        // "said Steve Anderson, a Waco public-information officer": the name is the source.
        .replace(/,\s+(?:a|an|the)\s+[\s\S]*$/, '')
        // "according to one U.S. official who put the figure in the thousands": the official.
        .replace(/\s+(?:who|which|that)\s[\s\S]*$/, '')
        // "…, the Arizona Republic first reported": when is not who.
        .replace(/\s+(?:first|also|previously|initially|originally|later|earlier)$/i, '');
      return sourceReading(mention, source, [trailing.start, raw.length]);
    }
    const credit = leading ?? middle;
    if (credit) return sourceReading(mention, credit.named, [credit.match.index + credit.match[0].indexOf(credit.named), credit.named.length]);
    return { value: 'no source given', spans: [], key: 'none' };
  },
  differ(a, b) {
    return a.key !== b.key && !namesTheSameSource(a.key, b.key);
  },
  explain(readings) {
    return `${readings
      .map(({ outlet, reading }) => (reading.key === 'none' ? `${outlet} names no source` : `${outlet} credits “${reading.value}”`))
      .join('; ')}.`;
  },
};

/**
 * The reading of a named source, shown at `[index, length]` of the mention; none for "he" or "it", named
 * in a sentence this mention does not show.
 */
function sourceReading(mention: MentionView, source: string, [index, length]: [number, number]): Reading | null {
  if (GENERIC_SUBJECTS.test(source.trim())) return null;
  return { value: source, spans: [spanOf(mention, index, length)], key: sourceKey(source) };
}

// Who speaks for an organisation is not another source: "a YouTube representative" = "a YouTube spokesperson".
const ROLES = /\b(?:spokes(?:man|woman|person)|representatives?|officials?|aides?)\b\s*/g;

// One country, several names: "The UK's Foreign Office" = "Britain's Foreign Office".
const COUNTRY_NAMES: [RegExp, string][] = [
  [/\b(?:united kingdom|britain|british)\b/g, 'uk'],
  [/\b(?:united states|america|american)\b/g, 'us'],
];
// Forms of address name no other source: "Mr Biden" = "President Biden" = "Biden".
const TITLES = /\b(?:mr|mrs|ms|miss|dr|sir|dame|president|senator|sen|rep|gov|governor)\b\s*/g;

/**
 * Comparison key of a source: words without articles, initials or forms of address, one name per
 * country, "the State Department" = "State Department", "Janet L. Yellen" = "Janet Yellen", "U.S." = "US".
 */
function sourceKey(source: string): string {
  let words = wordsOf(source.replace(/\b(\p{L})\.(\p{L})\./gu, '$1$2'))
    .replace(/\b(?:the|a|an|\p{L})\b\s*/gu, '')
    .replace(TITLES, '')
    .trim();
  for (const [names, key] of COUNTRY_NAMES) words = words.replace(names, key);
  words = words
    .split(' ')
    // "the nation's top health experts" = "top U.S. health expert".
    .filter((word) => word !== 'nation' && word !== 'country')
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' ');
  return words.replace(ROLES, '').trim() || words || 'none';
}

const SOURCE_NOUN_KEY = new RegExp(`^${SOURCE_NOUN}$`, 'u');

/**
 * "Treasury Secretary Janet Yellen" and "Janet Yellen" credit one person: one key holds all the other's
 * words, or both end in one surname after given names with one initial. A one-word key matches only the other's last word, a surname ("Johnson" = "Boris Johnson"):
 * "Trump" is not "Trump's lawyer", nor "the US" "the US Embassy".
 */
function namesTheSameSource(a: string, b: string): boolean {
  if (a === 'none' || b === 'none') return false;
  const [shorter, longer] = a.length <= b.length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (shorter.length === 1) return longer.at(-1) === shorter[0];
  const words = new Set(longer);
  if (shorter.every((word) => words.has(word))) return true;
  // One surname, given names with one initial: "Charles Schumer" = "Chuck Schumer", "Jeff" = "Jeffrey".
  const [surname, given] = [shorter.at(-1) as string, shorter.at(-2) as string];
  return surname === longer.at(-1) && !SOURCE_NOUN_KEY.test(surname) && given[0] === longer.at(-2)?.[0];
}
