import { seedArticles } from './seed-story';

/**
 * Test and bench support: stories of any size made from the seed story's own sentences (data/stories),
 * with every figure changed per article and per paragraph so that no two articles are the same text and
 * the engine has real numbers to compare. Deterministic for a given seed. Node only; never imported by
 * the app.
 */
export interface SyntheticStoryOptions {
  articles: number;
  /** Characters of text per article (each article stops at the sentence that reaches it). */
  charactersPerArticle: number;
  seed?: number;
}

export interface SyntheticStory {
  title: string;
  articles: { outlet: string; text: string }[];
}

export function syntheticStory({ articles, charactersPerArticle, seed = 1 }: SyntheticStoryOptions): SyntheticStory {
  const sentences = seedSentences();
  const random = mulberry32(seed);
  return {
    title: `Synthetic story of ${articles} articles`,
    articles: Array.from({ length: articles }, (_, article) => ({
      outlet: `Outlet ${article + 1}`,
      text: articleText(sentences, charactersPerArticle, article, random),
    })),
  };
}

function articleText(sentences: readonly string[], characters: number, article: number, random: () => number): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let paragraph = 0; length < characters; paragraph++) {
    const picked: string[] = [];
    for (let count = 1 + Math.floor(random() * 3); count > 0; count--) {
      picked.push(varyNumbers(sentences[Math.floor(random() * sentences.length)] as string, article, paragraph, random));
    }
    const text = picked.join(' ');
    paragraphs.push(text);
    length += text.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, characters).replace(/\s+\S*$/, '.');
}

/** "100,000 troops" becomes "100,417 troops" in one paragraph and "96,020 troops" in another. */
function varyNumbers(sentence: string, article: number, paragraph: number, random: () => number): string {
  return sentence.replace(/\d[\d,]*/g, (digits) => {
    const value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) return digits;
    const varied = Math.max(1, Math.round(value * (0.8 + random() * 0.4)) + ((article * 7 + paragraph) % 5));
    return digits.includes(',') ? varied.toLocaleString('en') : String(varied);
  });
}

let cachedSentences: string[] | undefined;

/** The seed articles' sentences of at least a few words (not datelines or captions). */
function seedSentences(): string[] {
  cachedSentences ??= seedArticles()
    .flatMap((article) => article.text.split(/\n+/))
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 6 && /[.!?]["”’]?$/.test(sentence));
  return cachedSentences;
}

/** A small seeded generator (mulberry32): the same seed gives the same story on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
