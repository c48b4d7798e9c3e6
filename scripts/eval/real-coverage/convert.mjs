#!/usr/bin/env node
// Turns a labeller's draft (words quoted from the texts, kept outside the repository) into the stored
// gold of data/fixtures/real-coverage/: sentence and word offsets only, never the texts (licences).
// Usage: node scripts/eval/real-coverage/convert.mjs <draft.json> [...]
// Fails, naming the fact, when a sentence id does not exist or quoted words are not in the fact's
// sentences of that outlet.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { letterOf, readStory, sentencesOf } from './story-text.mjs';

const TYPES = new Set(['spelling', 'number', 'timing', 'attribution', 'hedging', 'quote', 'scope', 'framing', 'contradiction']);
const outDir = path.resolve(import.meta.dirname, '..', '..', '..', 'data', 'fixtures', 'real-coverage');
const splits = JSON.parse(readFileSync(path.join(outDir, 'splits.json'), 'utf8')).stories;

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const gold = convert(JSON.parse(readFileSync(file, 'utf8')));
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, `${gold.storyId}.json`), `${JSON.stringify(gold, null, 1)}\n`);
    const differences = gold.facts.reduce((sum, fact) => sum + fact.differences.length, 0);
    console.log(`${gold.storyId}: ${gold.facts.length} facts, ${differences} differences (${gold.split})`);
  } catch (error) {
    failed = true;
    console.error(`${file}: ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);

function convert(draft) {
  const story = readStory(draft.storyId);
  const split = splits[draft.storyId];
  if (!split) throw new Error(`${draft.storyId} is not in splits.json`);
  const letters = Object.fromEntries(story.articles.map((article, index) => [letterOf(index), article]));
  const sentences = Object.fromEntries(story.articles.map((article, index) => [letterOf(index), sentencesOf(article.text)]));
  const facts = draft.facts.map((fact, index) => {
    const where = `fact ${index + 1} (${fact.gist})`;
    const refs = fact.sentences.map((ref) => {
      const match = /^([A-Z])(\d+)$/.exec(ref);
      const sentence = match && sentences[match[1]]?.[Number(match[2]) - 1];
      if (!sentence) throw new Error(`${where}: no sentence ${ref}`);
      return { letter: match[1], sentence };
    });
    if (new Set(refs.map((ref) => ref.letter)).size < 2) throw new Error(`${where}: fewer than two outlets`);
    const inFact = (letter) => refs.filter((ref) => ref.letter === letter).map((ref) => ref.sentence);
    const differences = (fact.differences ?? []).map((difference) => {
      if (!TYPES.has(difference.type)) throw new Error(`${where}: unknown type ${difference.type}`);
      const spans = {};
      const absent = [];
      for (const [letter, words] of Object.entries(difference.words)) {
        const own = inFact(letter);
        if (own.length === 0) throw new Error(`${where}: ${difference.type} quotes ${letter}, which has no sentence in the fact`);
        const articleId = letters[letter].id;
        if (words === null) {
          absent.push(articleId);
          continue;
        }
        const found = own.map((sentence) => ({ sentence, at: sentence.text.indexOf(words) })).find((hit) => hit.at >= 0);
        if (!found) throw new Error(`${where}: “${words}” is not in ${letter}'s sentences ${own.map((s) => letter + s.n).join(', ')}`);
        spans[articleId] = [[found.sentence.start + found.at, found.sentence.start + found.at + words.length]];
      }
      if (Object.keys(spans).length + absent.length < 2) throw new Error(`${where}: a ${difference.type} difference needs two outlets`);
      return { type: difference.type, why: difference.why, spans, ...(absent.length > 0 ? { absent } : {}) };
    });
    return {
      id: `f${index + 1}`,
      gist: fact.gist,
      mentions: refs.map(({ letter, sentence }) => ({ articleId: letters[letter].id, start: sentence.start, end: sentence.end })),
      differences,
    };
  });
  return {
    storyId: story.id,
    split,
    labelledBy: draft.labeller,
    reviewedBy: draft.reviewer ?? null,
    reviewNotes: draft.reviewNotes ?? null,
    articles: story.articles.map((article) => ({ id: article.id, length: article.text.length })),
    facts,
  };
}
