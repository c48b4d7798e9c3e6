import { averageLinkage, type ScoredPair } from './average-linkage';
import { sentenceFeatures } from './claim-features';
import { indexByKey } from './claim-index';
import type { ClaimFeatures } from './features';

/** A news item as a feed gives it: its headline and the first words of its text. */
export interface NewsItem {
  title: string;
  lead: string;
}

export interface EventGroupOptions {
  /** Mean similarity over a group's pairs at or above which two groups join. */
  threshold: number;
  /** Words of the lead read after the title: a feed's summary, or an article's first paragraphs. */
  leadWords: number;
}

/**
 * Title and 60 words of lead, joined at a mean of 0.2. On 600 AllSides articles (two runs of 100 stories
 * of three outlets each, every story taken as its own event) 0.61–0.63 of the pairs grouped are one
 * story's and 0.59–0.60 of each story's pairs are grouped; nearly all the other pairs join follow-ups of one
 * ongoing story ("Federal Judge Blocks Texas Heartbeat Act" / "US Appeals Court Revives Texas Abortion
 * Ban"). At 0.15 different stories begin to join ("Biden's falling poll numbers" / "a study of Pfizer's
 * vaccine"); at 0.25 one event's reports split. `npm run eval`, "Feed grouping".
 */
export const EVENT_GROUPS: EventGroupOptions = { threshold: 0.2, leadWords: 60 };

/** The engine's reading of one item (content terms with their synonyms folded, names): read once, grouped many times. */
export function readNewsItem(item: NewsItem, { leadWords }: Pick<EventGroupOptions, 'leadWords'> = EVENT_GROUPS): ClaimFeatures {
  const title = item.title.trim();
  return sentenceFeatures(`${title}${/[.!?…]$/.test(title) || title === '' ? '' : '.'} ${firstWords(item.lead, leadWords)}`);
}

/**
 * Groups news items by the event they report: cosine similarity of their terms and names, each weighed
 * by how rare it is among these items (a name every item shares, "Biden" on a day of US politics, says
 * little; "Marlow Creek" says much), joined by average linkage so that one shared word does not chain two
 * events together. Only items that share a term or a name not common to most of them are compared. Groups list item indices in order,
 * the groups by their first item; every item is in exactly one.
 */
export function groupByEvent(items: readonly ClaimFeatures[], { threshold }: Pick<EventGroupOptions, 'threshold'> = EVENT_GROUPS): number[][] {
  const keysOf = items.map(itemKeys);
  const postings = indexByKey(keysOf.map((keys) => keys.keys()));
  const rarity = (key: string) => Math.log((items.length + 1) / ((postings.get(key)?.length ?? 0) + 0.5));
  const vectors = keysOf.map((keys) => {
    const vector = new Map<string, number>();
    let squares = 0;
    for (const [key, weight] of keys) {
      const value = rarity(key) * weight;
      vector.set(key, value);
      squares += value * value;
    }
    return { vector, norm: Math.sqrt(squares) };
  });
  const pairs: ScoredPair[] = [];
  for (const [a, b] of sharedKeyPairs(postings, items.length)) {
    const [small, large] = vectors[a]!.vector.size <= vectors[b]!.vector.size ? [vectors[a]!, vectors[b]!] : [vectors[b]!, vectors[a]!];
    let dot = 0;
    for (const [key, value] of small.vector) dot += value * (large.vector.get(key) ?? 0);
    if (dot > 0) pairs.push({ a, b, score: dot / (small.norm * large.norm) });
  }
  return averageLinkage(
    items.map((_, index) => index),
    pairs,
    threshold,
  ).sort((x, y) => (x[0] as number) - (y[0] as number));
}

/** An item's keys and their own weights: content terms (square root of the term's weight, so no one word dominates) and names. */
function itemKeys(item: ClaimFeatures): Map<string, number> {
  const keys = new Map<string, number>();
  for (const [term, weight] of item.terms) keys.set(`t:${term}`, Math.sqrt(weight));
  // A name is the surest sign of one event: it weighs as much as a rare word, and half as much again.
  for (const name of item.names) keys.set(`n:${name}`, 1.5);
  return keys;
}

/**
 * Each pair of items that share a key held by at most a fifth of the items (or ten, in a small batch where
 * one event's items are a large share), once, in order: a pair that shares only words common to most
 * items ("said", "week") could not reach the threshold.
 */
function sharedKeyPairs(postings: ReadonlyMap<string, readonly number[]>, count: number): [number, number][] {
  const common = Math.max(10, Math.ceil(count / 5));
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const posting of postings.values()) {
    if (posting.length > common) continue;
    for (let i = 0; i < posting.length; i++) {
      for (let j = i + 1; j < posting.length; j++) {
        const [a, b] = [posting[i] as number, posting[j] as number];
        if (seen.has(a * count + b)) continue;
        seen.add(a * count + b);
        pairs.push([a, b]);
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')} …`;
}
