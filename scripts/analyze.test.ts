import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedArticles } from '@/lib/testing/seed-story';

// The CLI contract, exactly as outside tools call it.
function analyze(file: string, input?: string) {
  const result = spawnSync('npm', ['run', '--silent', 'analyze', '--', file], { cwd: process.cwd(), input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean) };
}

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
const story = (id: string) => ({
  id,
  title: 'Embassy staff leave',
  articles: [
    { id: 'a', outlet: 'ITV News', publishedAt: '2022-01-24', text: 'Officials said that around half of the staff working in Kyiv will return to the UK.' },
    { id: 'b', outlet: 'The Sun', html: '<p>Around half of staff are expected to leave with their families, reports the BBC.</p><script>alert(1)</script>' },
  ],
});

describe('npm run analyze', () => {
  it('prints one JSON object for a JSON story, in the contract shape, and nothing else', () => {
    const { status, lines } = analyze(write('one.json', JSON.stringify(story('s1'), null, 2)));
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    const output = JSON.parse(lines[0] as string);
    expect(Object.keys(output)).toEqual(['storyId', 'engineVersion', 'articles', 'claims', 'variants']);
    expect(output.storyId).toBe('s1');
    expect(output.articles[1].text).not.toContain('alert');
    for (const claim of output.claims) {
      expect(Object.keys(claim)).toEqual(['id', 'summary', 'mentions', 'discrepancies', 'variants', 'replaces', 'possibleMentions']);
      for (const mention of claim.mentions) {
        const article = output.articles.find((candidate: { id: string }) => candidate.id === mention.articleId);
        expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });

  it('reads JSON Lines, reports a malformed story on its own line and still runs the others', () => {
    const bad = { id: 'broken', articles: [{ id: 'a', outlet: 'X' }] };
    const file = write('many.jsonl', [story('s1'), bad, story('s3')].map((line) => JSON.stringify(line)).join('\n') + '\n{not json\n');
    const { status, lines } = analyze(file);
    expect(status).toBe(0);
    const outputs = lines.map((line) => JSON.parse(line));
    expect(outputs.map((output) => output.storyId)).toEqual(['s1', 'broken', 's3', null]);
    expect(outputs[1].error).toMatch(/articles\.0: must have either "text" or "html"/);
    expect(outputs[3].error).toMatch(/line 4 is not valid JSON/);
    expect(outputs[2].claims.length).toBeGreaterThan(0);
  });

  it('reports HTML past the engine\'s limits as an error on the story\'s line, naming the article', () => {
    const deep = { id: 'deep', articles: [story('x').articles[0], { id: 'b', outlet: 'The Sun', html: '<div>'.repeat(5_000) }] };
    const { status, lines } = analyze(write('deep.jsonl', [deep, story('s2')].map((line) => JSON.stringify(line)).join('\n')));
    expect(status).toBe(0);
    const outputs = lines.map((line) => JSON.parse(line));
    expect(outputs[0]).toEqual({
      storyId: 'deep',
      error: "invalid story: articles.1.html: nests HTML elements 5,000 deep; at most 1,000 levels can be read — paste the article's text instead",
    });
    expect(outputs[1].claims.length).toBeGreaterThan(0);
  });

  it('reads standard input when the file is "-"', () => {
    const { status, lines } = analyze('-', JSON.stringify(story('from-stdin')));
    expect(status).toBe(0);
    expect(JSON.parse(lines[0] as string).storyId).toBe('from-stdin');
  });

  it.each([
    ['an empty file', ''],
    ['a file that is neither JSON nor JSON Lines', 'this is not json\nnor this'],
  ])('exits 2 with a message on stderr for %s', (_, content) => {
    const { status, stdout, stderr } = analyze(write('bad.txt', content));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^analyze: /);
  });

  it('exits 2 for a file that does not exist', () => {
    const { status, stderr } = analyze(path.join(dir, 'missing.json'));
    expect(status).toBe(2);
    expect(stderr).toContain('cannot read');
  });
});

describe('the compiled entry', () => {
  // npm run analyze runs a bundle of scripts/analyze.ts (scripts/analyze.mjs); it must print exactly what
  // the source entry prints, errors included.
  it('prints byte for byte what the source entry prints, on the seeds and on malformed stories', { timeout: 120_000 }, () => {
    const seeds = { id: 'embassy-staff-leave-ukraine', title: 'Embassy staff leave', articles: seedArticles() };
    const shuffled = { ...seeds, id: 'shuffled', articles: [...seeds.articles].reverse() };
    const bad = { id: 'broken', articles: [{ id: 'a', outlet: 'X' }] };
    const file = write('seeds.jsonl', [seeds, shuffled, story('s3'), bad].map((line) => JSON.stringify(line)).join('\n') + '\n{not json\n');
    const compiled = spawnSync(process.execPath, ['scripts/analyze.mjs', file], { encoding: 'utf8' });
    const source = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/analyze.ts', file], { encoding: 'utf8' });
    expect(source.status).toBe(0);
    expect(source.stdout.split('\n').filter(Boolean)).toHaveLength(5);
    expect(compiled.status).toBe(0);
    expect(compiled.stderr).toBe('');
    expect(compiled.stdout).toBe(source.stdout);
  });
});
