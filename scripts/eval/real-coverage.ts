// The blind real-coverage set (data/fixtures/real-coverage/): stories from ../shared/eval labelled by hand
// from their texts alone, split by story into dev and test. Scores the engine's rows (which sentences of
// different outlets it puts together, and its "not reported" cells) and its differences, per type.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DiscrepancyType, StoryAnalysis, StoryInput } from '@/lib/analysis';
import type { Engine } from './baseline-engine';
import { TYPES } from './discrepancies';
import { evalPath, repoRoot } from './shared-data';

export type Split = 'dev' | 'test';

interface GoldSpan {
  articleId: string;
  start: number;
  end: number;
}

interface GoldDifference {
  type: DiscrepancyType;
  why: string;
  spans: Record<string, [number, number][]>;
  absent?: string[];
}

interface GoldFact {
  id: string;
  gist: string;
  mentions: GoldSpan[];
  differences: GoldDifference[];
}

export interface GoldStory {
  storyId: string;
  split: Split;
  reviewedBy: string | null;
  articles: { id: string; length: number }[];
  facts: GoldFact[];
}

const goldDir = path.join(repoRoot, 'data', 'fixtures', 'real-coverage');

/** Every labelled and reviewed story whose source file is present and unchanged (same article lengths). */
export function loadRealCoverage(): { story: StoryInput; gold: GoldStory }[] {
  const files = readdirSync(goldDir).filter((file) => file.endsWith('.json') && file !== 'splits.json');
  return files.flatMap((file) => {
    const gold = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as GoldStory;
    // A story counts once a second labeller has reviewed it.
    if (!gold.reviewedBy) return [];
    const source = evalPath(gold.storyId.split('-')[0] as string, 'stories', `${gold.storyId}.json`);
    if (!source) return [];
    const story = JSON.parse(readFileSync(source, 'utf8')) as StoryInput & { articles: { text: string }[] };
    const lengths = new Map(story.articles.map((article) => [article.id, article.text?.length]));
    if (gold.articles.some((article) => lengths.get(article.id) !== article.length)) {
      throw new Error(`${gold.storyId}: the source texts changed since it was labelled`);
    }
    return [{ story, gold }];
  });
}

const overlaps = (a: GoldSpan, b: GoldSpan) => a.articleId === b.articleId && Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0;

/** Of a claim's mentions, the articles whose mention states the fact (overlaps one of its sentences). */
function articlesStating(mentions: readonly GoldSpan[], fact: GoldFact): Set<string> {
  return new Set(mentions.filter((mention) => fact.mentions.some((gold) => overlaps(mention, gold))).map((mention) => mention.articleId));
}

export interface Counts {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

const emptyCounts = (): Counts => ({ predicted: 0, correct: 0, gold: 0, found: 0 });

function add(into: Counts, from: Counts): void {
  into.predicted += from.predicted;
  into.correct += from.correct;
  into.gold += from.gold;
  into.found += from.found;
}

export interface RealCoverageScores {
  stories: number;
  /** Cross-outlet sentence pairs: engine mention pairs in one row against the labelled pairs. */
  pairs: Counts;
  /** Facts stated by 2+ outlets that have two of them in one row (gold = facts, found = such facts). */
  facts: Counts;
  /** "Not reported" cells on rows of labelled facts: predicted = cells, correct = the outlet indeed has no sentence of it. */
  notReported: Counts;
  /** "Possibly reported" cells on rows of labelled facts: predicted = cells, correct = the linked sentence states the fact. */
  possiblyReported: Counts;
  /**
   * "Possibly reported" cells on rows of no labelled fact: a fact only one outlet states (every fact of two
   * or more outlets is labelled), so each such cell doubts a true omission.
   */
  possiblyOffFacts: number;
  byType: Map<DiscrepancyType, Counts>;
  errors: string[];
}

/** Scores one engine on the labelled stories of one split. */
export function scoreRealCoverage(engine: Engine, split: Split): RealCoverageScores {
  const scores: RealCoverageScores = { stories: 0, pairs: emptyCounts(), facts: emptyCounts(), notReported: emptyCounts(), possiblyReported: emptyCounts(), possiblyOffFacts: 0, byType: new Map(TYPES.map((type) => [type, emptyCounts()])), errors: [] };
  for (const { story, gold } of loadRealCoverage()) {
    if (gold.split !== split) continue;
    scores.stories++;
    scoreStory(engine.analyzeStory(story), story, gold, scores);
  }
  return scores;
}

function scoreStory(analysis: StoryAnalysis, story: StoryInput, gold: GoldStory, scores: RealCoverageScores): void {
  const outlet = new Map(story.articles.map((article) => [article.id, article.outlet ?? article.id]));
  const where = (span: GoldSpan) => `${outlet.get(span.articleId)}@${span.start}`;
  // Rows: for each engine claim, the facts it holds in two or more articles.
  const rows = analysis.claims.map((claim) => ({ claim, facts: gold.facts.filter((fact) => articlesStating(claim.mentions, fact).size >= 1) }));

  // Sentence pairs.
  for (const { claim } of rows) {
    const mentions = claim.mentions;
    for (let i = 0; i < mentions.length; i++) {
      for (let j = i + 1; j < mentions.length; j++) {
        const [a, b] = [mentions[i] as GoldSpan, mentions[j] as GoldSpan];
        if (a.articleId === b.articleId) continue;
        scores.pairs.predicted++;
        const right = gold.facts.some((fact) => fact.mentions.some((g) => overlaps(a, g)) && fact.mentions.some((g) => overlaps(b, g)));
        if (right) scores.pairs.correct++;
        else scores.errors.push(`${gold.storyId} wrong pair: ${where(a)} + ${where(b)}`);
      }
    }
  }
  for (const fact of gold.facts) {
    const seen = new Set<string>();
    for (let i = 0; i < fact.mentions.length; i++) {
      for (let j = i + 1; j < fact.mentions.length; j++) {
        const [a, b] = [fact.mentions[i] as GoldSpan, fact.mentions[j] as GoldSpan];
        const key = `${a.articleId}:${a.start}|${b.articleId}:${b.start}`;
        if (a.articleId === b.articleId || seen.has(key)) continue;
        seen.add(key);
        scores.pairs.gold++;
        const found = analysis.claims.some((claim) => claim.mentions.some((m) => overlaps(m, a)) && claim.mentions.some((m) => overlaps(m, b)));
        if (found) scores.pairs.found++;
        else scores.errors.push(`${gold.storyId} missed pair (${fact.id} ${fact.gist}): ${where(a)} + ${where(b)}`);
      }
    }
    scores.facts.gold++;
    if (rows.some(({ claim }) => articlesStating(claim.mentions, fact).size >= 2)) scores.facts.found++;
    else scores.errors.push(`${gold.storyId} fact never in one row (${fact.id} ${fact.gist})`);
  }

  // "Not reported" cells on rows that hold a labelled fact.
  for (const { claim, facts } of rows) {
    if (facts.length === 0) {
      scores.possiblyOffFacts += claim.possibleMentions?.length ?? 0;
      continue;
    }
    const present = new Set(claim.mentions.map((mention) => mention.articleId));
    // An engine before "possibly reported" (0.3.33) has none: its every empty cell says "not reported".
    const possible = new Map((claim.possibleMentions ?? []).map((mention) => [mention.articleId, mention]));
    for (const article of story.articles) {
      if (present.has(article.id)) continue;
      const candidate = possible.get(article.id);
      if (candidate) {
        scores.possiblyReported.predicted++;
        if (facts.some((fact) => fact.mentions.some((mention) => overlaps(mention, candidate)))) scores.possiblyReported.correct++;
        else scores.errors.push(`${gold.storyId} "possibly reported" wrong: ${outlet.get(article.id)}@${candidate.start} on ${claim.id}`);
        continue;
      }
      scores.notReported.predicted++;
      const reports = facts.some((fact) => fact.mentions.some((mention) => mention.articleId === article.id));
      if (!reports) scores.notReported.correct++;
      else scores.errors.push(`${gold.storyId} "not reported" wrong: ${outlet.get(article.id)} on ${claim.id}`);
    }
  }

  // Differences, per type: a finding is right when a labelled difference of its type on a fact of its row
  // concerns two or more of the outlets it names; a labelled difference is found when such a finding exists.
  const labelled = (fact: GoldFact, difference: GoldDifference) => new Set([...Object.keys(difference.spans), ...(difference.absent ?? [])]);
  const concerns = (articleIds: readonly string[], outlets: Set<string>, stating: Set<string>) => articleIds.filter((id) => outlets.has(id) && stating.has(id)).length >= 2;
  for (const { claim } of rows) {
    for (const finding of claim.discrepancies) {
      const counts = scores.byType.get(finding.type) as Counts;
      counts.predicted++;
      const right = gold.facts.some((fact) => {
        const stating = articlesStating(claim.mentions, fact);
        return fact.differences.some((difference) => difference.type === finding.type && concerns(finding.articleIds, labelled(fact, difference), stating));
      });
      if (right) counts.correct++;
      else {
        // Whether the outlets it names state one labelled fact in this row: a false finding on a row of two
        // different facts is the alignment's error, not the detector's.
        const oneFact = gold.facts.some((fact) => finding.articleIds.filter((id) => articlesStating(claim.mentions, fact).has(id)).length >= 2);
        scores.errors.push(`${gold.storyId} false ${finding.type} on ${claim.id} (${oneFact ? 'one fact' : 'a row of different facts'}): ${finding.explanation}`);
      }
    }
  }
  for (const fact of gold.facts) {
    for (const difference of fact.differences) {
      const counts = scores.byType.get(difference.type) as Counts;
      counts.gold++;
      const outlets = labelled(fact, difference);
      const found = analysis.claims.some((claim) => {
        const stating = articlesStating(claim.mentions, fact);
        return claim.discrepancies.some((finding) => finding.type === difference.type && concerns(finding.articleIds, outlets, stating));
      });
      if (found) counts.found++;
      else {
        // Whether two of its outlets state the fact in one row: if not, the alignment missed it first.
        const inOneRow = analysis.claims.some((claim) => concerns([...new Set(claim.mentions.map((mention) => mention.articleId))], outlets, articlesStating(claim.mentions, fact)));
        scores.errors.push(`${gold.storyId} missed ${difference.type} (${inOneRow ? 'in one row' : 'never in one row'}; ${fact.id} ${fact.gist}): ${difference.why}`);
      }
    }
  }
}

/** Precision over every type, and recall over the types the targets group ("above framing"). */
export function overall(byType: Map<DiscrepancyType, Counts>, types: readonly DiscrepancyType[]): Counts {
  const total = emptyCounts();
  for (const type of types) add(total, byType.get(type) as Counts);
  return total;
}
