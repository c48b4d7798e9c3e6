// Shared by the labelling tools: reading a story of ../shared/eval in place and cutting its articles
// into numbered sentences with a plain rule (line breaks, then . ! ? before a capital), independent of
// the engine's segmenter so that labels never depend on what the engine does.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const sharedDir = path.resolve(process.env.SHARED_DIR ?? path.join(repoRoot, '..', 'shared'));

/** The story file of an id such as `allsides-5607`, `basil-2013-…` or `ecbplus-t16-ecb`. */
export function readStory(storyId) {
  const source = storyId.split('-')[0];
  const file = path.join(sharedDir, 'eval', source, 'stories', `${storyId}.json`);
  if (!existsSync(file)) throw new Error(`no story file ${file}`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function letterOf(index) {
  return String.fromCharCode(65 + index);
}

// Abbreviations after which a full stop does not end a sentence ("Sen. Lee", "U.S. officials").
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Inc|Co|Corp|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|vs)|\b\p{L}|\b(?:\p{L}\.){2,}\p{L}?)\.$/u;

/** Numbered sentences of a text: `{ n, start, end, text }`, offsets into the text, n from 1. */
export function sentencesOf(text) {
  const sentences = [];
  const lineRe = /[^\n]+/g;
  for (const line of text.matchAll(lineRe)) {
    const lineStart = line.index;
    const boundary = /[.!?]+["”’')\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/gu;
    let from = 0;
    for (const match of line[0].matchAll(boundary)) {
      const cut = match.index + match[0].trimEnd().length;
      if (ABBREVIATION.test(line[0].slice(from, match.index + 1))) continue;
      push(lineStart + from, lineStart + cut);
      from = match.index + match[0].length;
    }
    push(lineStart + from, lineStart + line[0].length);
  }
  function push(start, end) {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) sentences.push({ n: sentences.length + 1, start, end, text: text.slice(start, end) });
  }
  return sentences;
}
