import { spanOf, type Detector, type KeyedReading, verdictOf } from './mention-view';

/**
 * A different characterisation of the same fact: words that name the same thing with a different
 * charge. Seed pairs: "a pretext for an invasion" (The Sun) vs "a pretext for intervention" (LBC);
 * "mounting fears of a Russian invasion" (ITV News) vs "fears Russia will invade any day" (The Sun).
 * Each group lists the senses one thing can be given; inflections of one sense are the same word.
 */
const GROUPS: readonly (readonly string[])[][] = [
  [['invasion', 'invade', 'invading', 'invaded'], ['intervention', 'intervene', 'intervening'], ['incursion'], ['offensive'], ['aggression'], ['operation'], ['attack', 'attacks']],
  [['mounting fears', 'growing fears', 'rising fears'], ['fears', 'fear'], ['concerns', 'concern'], ['worries', 'worry']],
  [['rebels'], ['separatists'], ['militants'], ['insurgents'], ['fighters'], ['terrorists']],
  [['regime'], ['government'], ['administration'], ['leadership']],
  [['evacuation', 'evacuate', 'evacuated', 'evacuating'], ['withdrawal', 'withdrawn', 'withdrawing', 'withdraw'], ['pulling', 'pulled', 'pull'], ['fleeing', 'flee', 'fled']],
  // Pairs that style guides and media-literacy courses use to teach loaded language.
  [['insurrection', 'insurrectionists'], ['riot', 'riots', 'rioters'], ['attack', 'attacks'], ['assault'], ['protest', 'protests', 'protesters'], ['uprising'], ['mob']],
  [['illegal immigrants', 'illegal immigrant', 'illegal aliens', 'illegal alien'], ['undocumented immigrants', 'undocumented immigrant', 'undocumented migrants'], ['migrants', 'migrant']],
  [['pro-life'], ['anti-abortion'], ['pro-choice'], ['abortion-rights', 'abortion rights']],
  [['heartbeat bill', 'heartbeat law'], ['six-week ban', 'six-week abortion ban']],
  [['death tax'], ['estate tax']],
  [['tax relief'], ['tax cuts', 'tax cut']],
  [['climate crisis', 'climate emergency'], ['climate change'], ['global warming']],
  [['gun rights'], ['gun control'], ['gun safety'], ['gun violence prevention']],
  [['slammed', 'slams', 'blasted', 'blasts'], ['criticized', 'criticised', 'criticizes', 'criticises']],
  [['lie', 'lies'], ['false claim', 'false claims', 'falsehood', 'falsehoods'], ['unproven claim', 'unproven claims']],
  [['civilian casualties'], ['collateral damage']],
  // The size of a change told plainly or dramatically: "rose 5%" vs "surged 5%" (real AllSides pair).
  [['rose', 'rises', 'risen', 'increased', 'climbed', 'grew'], ['surged', 'surges', 'soared', 'soars', 'skyrocketed', 'spiked', 'jumped']],
  [['fell', 'falls', 'fallen', 'decreased', 'declined', 'dropped'], ['plunged', 'plunges', 'plummeted', 'tumbled', 'crashed', 'tanked', 'slumped']],
  // Stopping a measure: "Senate Republicans sank Democrats' plans" vs "blocked a measure" (real AllSides pair).
  [['blocked', 'blocks', 'stopped', 'rejected'], ['sank', 'sunk', 'torpedoed', 'scuttled', 'derailed']],
  [['torture'], ['enhanced interrogation']],
];
// A phrase may take one word inside it: "heartbeat abortion law", "six-week abortion ban".
const phrase = (words: string) => words.split(' ').join(String.raw`\s+(?:[\p{L}-]+\s+)?`);
const PATTERNS = GROUPS.map((senses) => {
  const words = senses.flat().sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}-])(?:${words.map(phrase).join('|')})(?![\\p{L}-])`, 'giu');
});
// Most mentions use no word of any group: one pass over all of them spares the per-group passes.
const ANY_WORD = new RegExp(`(?<![\\p{L}-])(?:${GROUPS.flat(2).map(phrase).join('|')})(?![\\p{L}-])`, 'iu');
const SENSES = GROUPS.map((senses) => senses.map((words) => new RegExp(`^(?:${words.map(phrase).join('|')})$`, 'iu')));

export const framingDetector: Detector = {
  type: 'framing',
  read(mention) {
    if (!ANY_WORD.test(mention.text)) return null;
    const found: string[] = [];
    const spans: [number, number][] = [];
    const keys: string[] = [];
    PATTERNS.forEach((pattern, group) => {
      const senses = new Set<number>();
      pattern.lastIndex = 0;
      for (let match = pattern.exec(mention.text); match; match = pattern.exec(mention.text)) {
        const word = match[0];
        // Part of a name ("the Food and Drug Administration"), not a word chosen for the thing.
        if (/^\p{Lu}/u.test(word) && /\p{Lu}[\p{L}]*\s+(?:(?:and|of|for)\s+)?(?:\p{Lu}[\p{L}]*\s+)?$/u.test(mention.text.slice(Math.max(0, match.index - 40), match.index))) continue;
        senses.add((SENSES[group] as RegExp[]).findIndex((sense) => sense.test(word)));
        found.push(word);
        spans.push(spanOf(mention, match.index, word.length));
      }
      if (senses.size > 0) keys.push(`${group}:${[...senses].sort((a, b) => a - b).join(',')}`);
    });
    return found.length > 0 ? { value: found.join(', '), spans, key: keys.join('|') } : null;
  },
  compare: (a, b) => verdictOf(differ(a, b)),
  explain(readings) {
    return `The outlets use differently loaded words for it: ${readings.map(({ outlet, reading }) => `${outlet} “${reading.value}”`).join('; ')}.`;
  },
};

/** Whether two readings differ in substance. */
function differ(a: KeyedReading, b: KeyedReading): boolean {
  // Only words from the same group compare: "invasion" vs "intervention", not "invasion" vs "fears";
  // a group differs when the two use different senses of it.
  // An outlet that uses the other's word as well ("a white mob" / "the attack by a white mob") does
  // not recast it: each must use a sense the other does not.
  const senses = new Map(a.key.split('|').map((entry) => entry.split(':') as [string, string]));
  return b.key.split('|').some((entry) => {
    const [group, sense] = entry.split(':') as [string, string];
    const other = senses.get(group);
    if (other === undefined) return false;
    const [mine, theirs] = [new Set(sense.split(',')), new Set(other.split(','))];
    return [...mine].some((item) => !theirs.has(item)) && [...theirs].some((item) => !mine.has(item));
  });
}
