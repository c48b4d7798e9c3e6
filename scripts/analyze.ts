// The engine's command-line contract (used by tools outside this repository; keep it stable):
//   npm run --silent analyze -- <file>     file: one story as JSON, or JSON Lines (one story per line); "-" reads stdin
// Prints one JSON object per story, one per line, and nothing else on stdout. A malformed story gets
// {"storyId", "error"} on its line and the others still run; a malformed file exits 2 with a message
// on stderr.
import { readFileSync } from 'node:fs';
import { analyzeStory } from '@/lib/analysis';
import { describeIssues, storyInputSchema } from '@/lib/analysis/input-schema';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

const [file, ...extra] = process.argv.slice(2);
if (!file || extra.length > 0) fail('usage: npm run --silent analyze -- <story.json | stories.jsonl | ->');

let source: string;
try {
  source = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}

/** The stories in the file: one JSON document, or one JSON value per non-empty line. */
function parseStories(text: string): ({ value: unknown } | { line: number; error: string })[] {
  if (text.trim().length === 0) fail(`${file} is empty`);
  try {
    return [{ value: JSON.parse(text) as unknown }];
  } catch {
    // not a single JSON document: JSON Lines
  }
  const entries = text
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((line) => line.text.length > 0)
    .map(({ line, text: json }) => {
      try {
        return { value: JSON.parse(json) as unknown };
      } catch (error) {
        return { line, error: `line ${line} is not valid JSON (${(error as Error).message})` };
      }
    });
  if (entries.every((entry) => 'error' in entry)) fail(`${file} is neither JSON nor JSON Lines`);
  return entries;
}

for (const entry of parseStories(source)) {
  let output: unknown;
  if ('error' in entry) {
    output = { storyId: null, error: entry.error };
  } else {
    const parsed = storyInputSchema.safeParse(entry.value);
    const storyId = typeof (entry.value as { id?: unknown })?.id === 'string' ? (entry.value as { id: string }).id : null;
    if (!parsed.success) {
      output = { storyId, error: `invalid story: ${describeIssues(parsed.error)}` };
    } else {
      try {
        output = analyzeStory(parsed.data);
      } catch (error) {
        // The engine should never throw; if it does, this story reports it and the others still run.
        output = { storyId, error: `analysis failed: ${(error as Error).message}` };
      }
    }
  }
  process.stdout.write(`${JSON.stringify(output)}\n`);
}
