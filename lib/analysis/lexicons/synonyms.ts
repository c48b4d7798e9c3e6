/**
 * Words that newsrooms use interchangeably for the same fact, grouped under one key. Each group is
 * motivated by a pair of real sentences that report the same thing in different words; the seed
 * pairs are cited. Keys are lemmas as the tokenizer gives them (lower case).
 */
const GROUPS: Record<string, string[]> = {
  // "Some British staff and dependants are being withdrawn" (ITV) / "it was pulling some diplomats" (The Sun)
  withdraw: ['withdraw', 'withdrawal', 'pull', 'evacuate', 'evacuation', 'remove', 'relocate', 'depart', 'departure', 'exit', 'leave', 'return'],
  staff: ['staff', 'staffer', 'personnel', 'diplomat', 'employee', 'worker'],
  // "dependants" (ITV) / "their families" (The Sun) / "dependents" (ITV, US spelling)
  family: ['family', 'families', 'dependant', 'dependent', 'relative', 'spouse', 'child', 'children'],
  // "fears of a Russian invasion" (ITV) / "fears Russia will invade" (The Sun)
  invade: ['invade', 'invasion', 'incursion', 'offensive', 'attack', 'assault'],
  // "The move is a precautionary one" (ITV) / "It is thought to be a precaution" (The Sun)
  precaution: ['precaution', 'precautionary', 'preventive', 'preventative'],
  troop: ['troop', 'troops', 'soldier', 'force', 'forces'],
  fear: ['fear', 'worry', 'worried', 'concern', 'concerned', 'anxiety', 'alarm'],
  // "has massed 100,000 troops" (LBC) / "has around 100,000 troops … stationed near the border" (The Sun)
  mass: ['mass', 'amass', 'station', 'deploy', 'gather', 'position', 'build'],
  talk: ['talk', 'talks', 'negotiation', 'negotiations', 'meeting', 'meet', 'summit', 'discussion'],
  britain: ['uk', 'britain', 'british', 'brit', 'england'],
  usa: ['us', 'u.s.', 'usa', 'america', 'american', 'americans', 'washington'],
  russia: ['russia', 'russian', 'moscow', 'kremlin'],
  ukraine: ['ukraine', 'ukrainian'],
  border: ['border', 'frontier'],
  // "will remain open" (ITV) / "remains open" (The Sun)
  remain: ['remain', 'stay', 'continue', 'keep'],
  warn: ['warn', 'warning', 'caution', 'advise', 'advisory', 'urge'],
  kill: ['kill', 'killed', 'murder', 'slay', 'shoot'],
  arrest: ['arrest', 'detain', 'apprehend', 'custody'],
  quake: ['earthquake', 'quake', 'tremor'],
  die: ['die', 'death', 'dead', 'deceased'],
  buy: ['buy', 'purchase', 'acquire', 'acquisition'],
  rise: ['rise', 'increase', 'climb', 'gain', 'jump', 'grow', 'soar'],
  fall: ['fall', 'decrease', 'decline', 'drop', 'slip', 'slide', 'plunge', 'lose'],
  big: ['big', 'large', 'major', 'significant'],
  begin: ['begin', 'start', 'launch', 'commence'],
  ship: ['ship', 'vessel', 'warship'],
  plane: ['plane', 'aircraft', 'jet'],
  weapon: ['weapon', 'arm', 'arms', 'missile'],
  president: ['president', 'leader'],
  order: ['order', 'instruct', 'direct', 'command', 'require', 'tell'],
  government: ['government', 'administration'],
  company: ['company', 'firm', 'business', 'corporation'],
  crisis: ['crisis', 'conflict', 'tension', 'tensions', 'standoff'],
};

const INDEX = new Map<string, string>();
for (const [key, words] of Object.entries(GROUPS)) for (const word of words) INDEX.set(word, key);

/** The key of a lemma's synonym group, or the lemma itself. */
export function synonymKey(lemma: string): string {
  return INDEX.get(lemma) ?? lemma;
}
