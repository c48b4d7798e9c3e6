#!/usr/bin/env node
// Prints one story of ../shared/eval for blind labelling: each article with numbered sentences
// ("B7" = article B, sentence 7). A plain splitter, independent of the engine: labellers never see
// what the engine makes of a story. Usage: node scripts/eval/real-coverage/show.mjs <storyId>
import { readStory, sentencesOf, letterOf } from './story-text.mjs';

const storyId = process.argv[2];
if (!storyId) {
  console.error('usage: show.mjs <storyId>');
  process.exit(2);
}
const story = readStory(storyId);
console.log(`# ${story.id}: ${story.title ?? ''}\n`);
story.articles.forEach((article, index) => {
  const letter = letterOf(index);
  console.log(`## Article ${letter} (${article.id}; outlet: ${article.outlet ?? 'unknown'}; title: ${article.title ?? '—'})\n`);
  for (const sentence of sentencesOf(article.text)) console.log(`${letter}${sentence.n}  ${sentence.text}`);
  console.log('');
});
