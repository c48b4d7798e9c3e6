import { includedRegions } from './boilerplate';
import { indexByKey } from './claim-index';
import type { AnalyzedArticle } from './types';

/**
 * Wire copy: articles that are one news agency's text (AP, Reuters, AFP, PA) or near-copies of each
 * other. Five reprints of one agency story are one source, not five confirmations, so the reader counts
 * independent sources per claim by these groups.
 */
export interface SourceGroup {
  /** Articles in story order; a group of one is an independent article. */
  articleIds: string[];
  /** The agency credited, when the text credits one as its author. */
  agency: string | null;
}

const AGENCIES: [string, RegExp][] = [
  ['AP', /\((?:AP|The Associated Press)\)|\bAssociated Press\b|^\s*By [^\n]{1,80}\bAP\b/m],
  ['Reuters', /\(Reuters\)|\bReuters\s+(?:staff|reporting)\b|^[A-Z][A-Za-z ,.]{1,60}\(Reuters\)/m],
  ['AFP', /\(AFP\)|\bAgence France-Presse\b|^\s*[A-Z][A-Za-z ,.]{1,60}\s*\(AFP\)/m],
  ['PA', /\bPress Association\b|\bPA Media\b|\(PA\)/],
];

/** How much of the start or end of an article to read for an agency credit (bylines and datelines sit there). */
const CREDIT_WINDOW = 400;
const SHINGLE = 5;
/** Share of the shorter article's word 5-grams found in the other: a reprint, even shortened or with a new intro. */
const NEAR_COPY = 0.6;

function agencyOf(text: string): string | null {
  const ends = `${text.slice(0, CREDIT_WINDOW)}\n${text.slice(-CREDIT_WINDOW)}`;
  return AGENCIES.find(([, credit]) => credit.test(ends))?.[0] ?? null;
}

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) result.add(words.slice(i, i + SHINGLE).join(' '));
  return result;
}

function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / small.size;
}

/** Groups a story's articles by source: same agency credit, or near-copies of each other. */
export function findSourceGroups(articles: readonly AnalyzedArticle[]): SourceGroup[] {
  const bodies = articles.map((article) =>
    includedRegions(article.text.length, article.excluded)
      .map((region) => article.text.slice(region.start, region.end))
      .join('\n'),
  );
  const agencies = articles.map((article) => agencyOf(article.text));
  const sets = bodies.map(shingles);
  const parent = articles.map((_, index) => index);
  const root = (index: number): number => {
    let found = index;
    while (parent[found] !== found) found = parent[found]!;
    for (let node = index; node !== found; ) {
      const up = parent[node]!;
      parent[node] = found;
      node = up;
    }
    return found;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // An inverted index on shingles finds the pairs worth comparing, so unrelated articles cost nothing.
  const postings = indexByKey(sets);
  const candidates = new Set<string>();
  for (const holders of postings.values()) {
    if (holders.length < 2 || holders.length > 50) continue;
    for (let i = 0; i < holders.length; i++) for (let j = i + 1; j < holders.length; j++) candidates.add(`${holders[i]} ${holders[j]}`);
  }
  for (const pair of candidates) {
    const [a, b] = pair.split(' ').map(Number) as [number, number];
    if (containment(sets[a]!, sets[b]!) >= NEAR_COPY) join(a, b);
  }
  agencies.forEach((agency, index) => {
    const first = agencies.indexOf(agency);
    if (agency && first !== index) join(first, index);
  });

  const groups = new Map<number, SourceGroup>();
  articles.forEach((article, index) => {
    const group = groups.get(root(index)) ?? { articleIds: [], agency: null };
    group.articleIds.push(article.id);
    group.agency ??= agencies[index] ?? null;
    groups.set(root(index), group);
  });
  return [...groups.values()];
}
