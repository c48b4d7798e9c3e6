import { analyzeStory, applyCorrections, findSourceGroups, type Correction, type SourceGroup, type StoryAnalysis } from '@/lib/analysis';
import type { ArticleInput } from '@/lib/analysis/types';

/** What the engine needs for one job: the story as it is now and the corrections in force. */
export interface AnalysisJobInput {
  storyId: number;
  articles: ArticleInput[];
  corrections: Correction[];
}

/** What the job saves. Plain data only: it crosses from the analysis thread to the main thread. */
export interface AnalysisJobOutput {
  analysis: StoryAnalysis;
  /** Claims a person's correction changed. */
  edited: string[];
  /** Which articles are one source (wire copy). */
  sources: SourceGroup[];
}

/**
 * The engine's whole run for one job: analysis, then people's corrections on top (so they survive
 * every re-analysis), then wire-copy groups. Pure; runs inside the analysis thread.
 */
export function runAnalysisJob({ storyId, articles, corrections }: AnalysisJobInput): AnalysisJobOutput {
  const corrected = applyCorrections(
    analyzeStory({ id: String(storyId), articles }),
    corrections,
    new Map(articles.map((article) => [article.id, article.outlet])),
  );
  return { analysis: corrected.analysis, edited: [...corrected.edited], sources: findSourceGroups(corrected.analysis.articles) };
}
