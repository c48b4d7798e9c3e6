import { findFrame } from '../frames';
import { spanOf, wordsOf, type Detector } from './mention-view';

/**
 * A different source credited for the same fact. Seed pairs: "Officials said that around half of the
 * staff…" (ITV News) vs "…, reports the BBC" (The Sun); "State Department officials stressed…" vs
 * "The US stressed…".
 */
// "Officials said that", "The UK Foreign Office said today", "State Department officials stressed",
// "Mr. Johnson said" (= "Mr Johnson said").
const LEADING_SOURCE =
  /^(?:(?:But|And|Meanwhile|However|Today),?\s+)?(?:\p{Lu}\p{Ll}+ing\b[^,]{0,40},\s+)?((?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt)\.|U\.S\.|U\.K\.|[\p{Lu}][\p{L}'’-]*|the|a|an|senior|US|UK|of|[\p{Ll}]+ officials?|officials?|sources?|spokes(?:man|woman|person))(?:\s+(?:U\.S\.|U\.K\.|[\p{Lu}][\p{L}'’-]*|of|the|US|UK|senior|officials?|department|office|ministry|government|administration|spokes(?:man|woman|person)|representatives?|aides?|analysts?|economists?|experts?|regulators?|researchers?|scientists?|lawmakers?|authorities|agency|company|prime|foreign|deputy|minister|secretary|president|chancellor|governor|mayor|police|prosecutors?|lawyers?|attorneys?|advisers?))*)\s+(?:said|says|tell|tells|told|added|stressed|warned|claimed|confirmed|announced|insisted|believes|reported|reports|noted|explained|urged|advised|wrote|tweeted)\b/u;
const GENERIC_SUBJECTS = /^(?:it|he|she|they|we|i|this|that|there)$/i;

export const attributionDetector: Detector = {
  type: 'attribution',
  read(mention) {
    const frame = findFrame(mention.text, { start: 0, end: mention.text.length });
    if (frame.attribution) {
      const raw = mention.text.slice(frame.attribution.start, frame.attribution.end);
      const source = raw
        .replace(/^(?:reports?|according to|said|says|claimed|added)\s+/i, '')
        .replace(/\s+(?:said|says|added|reported|claimed|warned|stressed|told\s+\S+)$/i, '')
        // "said Steve Anderson, a Waco public-information officer": the name is the source.
        .replace(/,\s+(?:a|an|the)\s+[\s\S]*$/, '')
        // "…, the Arizona Republic first reported": when is not who.
        .replace(/\s+(?:first|also|previously|initially|originally|later|earlier)$/i, '');
      // "…, she said": the source was named in an earlier sentence, which this mention does not show.
      if (GENERIC_SUBJECTS.test(source.trim())) return null;
      return { value: source, spans: [spanOf(mention, frame.attribution.start, raw.length)], key: sourceKey(source) };
    }
    const leading = LEADING_SOURCE.exec(mention.text);
    if (leading?.[1] && !GENERIC_SUBJECTS.test(leading[1])) {
      const offset = leading[0].indexOf(leading[1]);
      return { value: leading[1], spans: [spanOf(mention, leading.index + offset, leading[1].length)], key: sourceKey(leading[1]) };
    }
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
  return words.replace(ROLES, '').trim() || words || 'none';
}

/**
 * "Treasury Secretary Janet Yellen" and "Janet Yellen" credit one person: one key holds all the other's
 * words. A one-word key matches only the other's last word, a surname ("Johnson" = "Boris Johnson"):
 * "Trump" is not "Trump's lawyer", nor "the US" "the US Embassy".
 */
function namesTheSameSource(a: string, b: string): boolean {
  if (a === 'none' || b === 'none') return false;
  const [shorter, longer] = a.length <= b.length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (shorter.length === 1) return longer.at(-1) === shorter[0];
  const words = new Set(longer);
  return shorter.every((word) => words.has(word));
}
