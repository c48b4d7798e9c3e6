import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_EXAMPLES } from './guide-examples';

const folder = path.join(process.cwd(), 'data/stories/embassy-staff-leave-ukraine');
const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as { articles: { file: string; outlet: string }[] };
const textOf = new Map(manifest.articles.map((article) => [article.outlet, readFileSync(path.join(folder, article.file), 'utf8')]));

describe('the student guide', () => {
  it('quotes the seed articles word for word, each from the outlet it names', () => {
    for (const example of GUIDE_EXAMPLES) {
      for (const quote of example.quotes) expect(textOf.get(quote.outlet), `${example.heading}: ${quote.text}`).toContain(quote.text);
    }
  });
});
