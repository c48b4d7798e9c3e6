import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FEED_ITEMS } from '@/e2e/fixture-site/feeds.mjs';
import { EVENT_GROUPS, groupByEvent, readNewsItem, type NewsItem } from '@/lib/analysis/event-groups';
import { evalPath } from './shared-data';

interface Labelled extends NewsItem {
  event: string;
}

export interface GroupingScores {
  items: number;
  /** Pairs of items grouped, and how many of them report one event; pairs of one event, and how many were grouped. */
  grouped: number;
  right: number;
  same: number;
  ms: number;
}

function score(items: readonly Labelled[]): GroupingScores {
  const started = performance.now();
  const groups = groupByEvent(items.map((item) => readNewsItem(item)));
  const ms = performance.now() - started;
  const groupOf = new Map<number, number>();
  groups.forEach((group, id) => group.forEach((item) => groupOf.set(item, id)));
  let [grouped, right, same] = [0, 0, 0];
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const together = groupOf.get(a) === groupOf.get(b);
      const oneEvent = items[a]!.event === items[b]!.event;
      if (together) grouped++;
      if (oneEvent) same++;
      if (together && oneEvent) right++;
    }
  }
  return { items: items.length, grouped, right, same, ms };
}

/**
 * Feed grouping (lib/analysis/event-groups.ts): the fixture feeds of the end-to-end suite (20 items, 4
 * events), and runs of 100 consecutive AllSides stories (three outlets' headlines and leads each, every
 * story taken as one event, so a follow-up of the same ongoing story counts as wrong).
 */
export function evaluateEventGroups(): { name: string; scores: GroupingScores }[] {
  const results = [{ name: 'fixture feeds (e2e/fixture-site/feeds.mjs)', scores: score(FEED_ITEMS.map((item) => ({ title: item.title, lead: item.summary, event: item.event }))) }];
  const dir = evalPath('allsides', 'stories');
  if (!dir) return results;
  const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
  for (const start of [0, 100, 200, 300]) {
    const items = files.slice(start, start + 100).flatMap((file) => {
      const story = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { articles: { title?: string; text: string }[] };
      return story.articles.map((article) => ({ title: article.title ?? '', lead: article.text.slice(0, 2000), event: file }));
    });
    results.push({ name: `AllSides stories ${start + 1}–${start + 100} (${files[start]?.replace('.json', '')}…)`, scores: score(items) });
  }
  return results;
}

export function printEventGroups(): void {
  const pct = (part: number, whole: number) => (whole === 0 ? '  –  ' : (part / whole).toFixed(2).padStart(5));
  console.log(`\nFeed grouping by event (title + ${EVENT_GROUPS.leadWords} words of lead, average linkage at ${EVENT_GROUPS.threshold})   pairs grouped right   pairs of one event grouped   time`);
  for (const { name, scores } of evaluateEventGroups()) {
    console.log(`  ${name.padEnd(58)} ${scores.items} items   ${pct(scores.right, scores.grouped)} (${scores.right}/${scores.grouped})   ${pct(scores.right, scores.same)} (${scores.right}/${scores.same})   ${scores.ms.toFixed(0)} ms`);
  }
}
