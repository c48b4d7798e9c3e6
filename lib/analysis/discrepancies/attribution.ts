import reporting from '../lexicons/reporting.json';
import sources from '../lexicons/sources.json';
import { STOPWORDS } from '../lexicons/stopwords';
import type { Credit } from '../reading/credit';
import { isInitial, plainWords, singular } from '../reading/words';
import type { Token } from '../tokens';
import { analysisOf, type Detector, type Reading, type Verdict } from './mention-view';

/**
 * A different source credited for the same fact. Seed pairs: "Officials said that around half of the
 * staff…" (ITV News) vs "…, reports the BBC" (The Sun); "State Department officials stressed…" vs
 * "The US stressed…". Read from the shared credit reading of each mention (`readCredit`): a named source,
 * a source named elsewhere (a pronoun, a quotation whose speaker is in another sentence), or none.
 * Precision first: "names no source" is said only of a mention with no reporting verb, source phrase or
 * quotation; a pronoun, or two unnamed descriptions ("police" / "officials"), leave the detector unsure.
 */
interface AttributionReading extends Reading {
  credit: Credit;
  /** Comparison key of the named source ("foreign ministry"), or "" for none or unresolved. */
  key: string;
  /** The mention's words, lower-cased: a source the other outlet names as the actor is no difference. */
  words: () => ReadonlySet<string>;
  /** Who a spokesperson speaks for ("Pentagon spokesperson John Kirby" → "pentagon"), or null. */
  speaksFor: string | null;
  /** The named source's words, lower case; none for no source or an unresolved one. */
  sourceWords: readonly string[];
  /** The source is a news organisation ("the BBC", "Iranian media"). */
  media: boolean;
  /** The source is described as a body, or people who speak for one ("the agency", "officials"). */
  body: boolean;
}

const GENERIC_SOURCES = new Set([...reporting.describedSources.people, ...reporting.describedSources.records.lemmas]);
const ARTICLES = new Set(sources.articles.words);
// Forms of address name no other source: "Mr Biden" = "President Biden" = "Biden".
const FORMS_OF_ADDRESS = new Set(sources.formsOfAddress.words);
const COUNTRIES = Object.entries(sources.countries.names).flatMap(([key, names]) => names.map((name) => ({ key, words: name.split(' ') })));
const OWN_COUNTRY = new Set(sources.ownCountry.words);
const SPOKESPEOPLE = new Set(sources.spokespeople.words);
const NEWS_MEDIA = new Set(sources.newsMedia.words);
const BODIES = new Set(sources.bodies.words);
// Who speaks or acts for an organisation is not another source: "a YouTube representative" = "a YouTube spokesperson".
const ROLES = new Set([...sources.spokespeople.words, ...sources.staff.words]);

export const attributionDetector: Detector<AttributionReading> = {
  type: 'attribution',
  read(mention) {
    const { credit, tokens } = analysisOf(mention);
    let words: ReadonlySet<string> | undefined;
    // Computed when a named source meets none: most pairs never need them.
    const base = { credit, words: () => (words ??= new Set(plainWords(tokens))), sourceWords: [], media: false, body: false };
    const at = (start: number, end: number): [number, number] => [mention.start + start, mention.start + end];
    switch (credit.kind) {
      case 'named': {
        const source = tokens.filter((token) => credit.start <= token.start && token.end <= credit.end);
        const sourceWords = plainWords(source);
        return { ...base, value: mention.text.slice(credit.start, credit.end), spans: [at(credit.start, credit.end)], key: sourceKey(source), speaksFor: spokespersonOf(source), sourceWords, media: sourceWords.some((word) => NEWS_MEDIA.has(word)), body: BODIES.has(singular(sourceWords.at(-1) ?? '')) };
      }
      case 'unresolved':
        return { ...base, value: mention.text.slice(credit.start, credit.end) || credit.cue, spans: credit.end > credit.start ? [at(credit.start, credit.end)] : [], key: '', speaksFor: null };
      case 'none':
        // The whole sentence was read and credits no one: show it all.
        return { ...base, value: 'no source given', spans: [at(0, mention.text.length)], key: '', speaksFor: null };
    }
  },
  compare(a, b) {
    if (a.credit.kind === 'unresolved' || b.credit.kind === 'unresolved') return 'unsure';
    // A source credited for only part of a sentence may not be the source of the part both outlets state.
    if ((a.credit.kind === 'named' && a.credit.partial) || (b.credit.kind === 'named' && b.credit.partial)) return 'unsure';
    if (a.credit.kind === 'none' && b.credit.kind === 'none') return 'same';
    if (a.credit.kind === 'none' || b.credit.kind === 'none') {
      const [named, none] = a.credit.kind === 'named' ? [a, b] : [b, a];
      return namedAgainstNone(named, none);
    }
    // "The Pentagon" / "Pentagon spokesperson John Kirby": who speaks for an organisation is that organisation.
    if (namesTheSameSource(a.key, b.key) || a.speaksFor === b.key || b.speaksFor === a.key) return 'same';
    // "an open letter" / "Elizabeth Lauten": a record may carry the named person's words; "Elizabeth
    // Cheney" / "Liz Cheney": one surname may be one person.
    const surname = a.key.split(' ').at(-1) as string;
    const oneSurname = surname === b.key.split(' ').at(-1) && !GENERIC_SOURCES.has(surname);
    if (described(a) === 'record' || described(b) === 'record' || oneSurname) return 'unsure';
    // A title, or a body described without its name, may be the source the other names: "the agency" / "the
    // FBI", "the office" / "U.S. Attorney Paul Fishman", "prosecutors" / "the Justice Department" (blind set);
    // a news organisation is none of them ("Officials said" / "reports the BBC"), and "his lawyer" is not Trump.
    if ((described(a) === null) !== (described(b) === null)) {
      const description = described(a) === null ? b : a;
      return a.media === b.media && (described(description) === 'role' || description.body) ? 'unsure' : 'differ';
    }
    // "police" / "officials": two bare descriptions of bodies may be of the same people; "officials" /
    // "witnesses" are not.
    if (described(a) === 'people' && described(b) === 'people' && a.body === b.body) return 'unsure';
    return 'differ';
  },
  explain(readings) {
    return `${readings
      .map(({ outlet, reading }) => (reading.credit.kind === 'none' ? `${outlet} names no source` : `${outlet} credits “${reading.value}”`))
      .join('; ')}.`;
  },
};

const described = (reading: AttributionReading) => (reading.credit.kind === 'named' ? reading.credit.described : null);

/**
 * A named source against none is a difference unless the other outlet names that source in the same
 * statement (then it states as the source's act what the first reports as its words: "Braley apologized"
 * / "Braley said he was sorry"). An outlet credited by another ("…, The Times reported") beside that outlet
 * telling it in its own voice is a difference: the labellers of the blind set mark it so.
 */
function namedAgainstNone(named: AttributionReading, none: AttributionReading): Verdict {
  // "a study", "court documents": on the blind dev split, a record credited beside none was as often an
  // outlet's own detail as a source the other left out. Other news outlets are a source all the same
  // ("…, multiple outlets reported").
  if (described(named) === 'record' && !named.media) return 'unsure';
  const words = named.sourceWords.filter((word) => word.length > 2 && !GENERIC_SOURCES.has(word) && !STOPWORDS.has(word) && !FORMS_OF_ADDRESS.has(word));
  if (words.some((word) => none.words().has(word))) return 'same';
  return 'differ';
}

/** The words before a spokesperson's role: "Pentagon spokesperson John Kirby" → "pentagon". */
function spokespersonOf(source: readonly Token[]): string | null {
  const role = source.findIndex((token) => SPOKESPEOPLE.has(token.value.toLowerCase()));
  return role > 0 ? sourceKey(source.slice(0, role)) : null;
}

/**
 * Comparison key of a source: words without articles, initials or forms of address, one name per
 * country, "the State Department" = "State Department", "Janet L. Yellen" = "Janet Yellen", "U.S." = "US".
 */
function sourceKey(source: readonly Token[]): string {
  const words = plainWords(source).filter((word) => !ARTICLES.has(word) && !FORMS_OF_ADDRESS.has(word) && !isInitial(word));
  const named = countriesNamed(words)
    // "the nation's top health experts" = "top U.S. health expert".
    .filter((word) => !OWN_COUNTRY.has(word))
    .map(singular);
  const unroled = named.filter((word) => !ROLES.has(word));
  return (unroled.length > 0 ? unroled : named).join(' ') || 'none';
}

/** One key for each country's names: "britain" → "uk", "united states" → "us". */
function countriesNamed(words: readonly string[]): string[] {
  const result: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const country = COUNTRIES.find((name) => name.words.every((word, offset) => words[index + offset] === word));
    result.push(country ? country.key : (words[index] as string));
    if (country) index += country.words.length - 1;
  }
  return result;
}

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
  return surname === longer.at(-1) && !GENERIC_SOURCES.has(surname) && given[0] === longer.at(-2)?.[0];
}
