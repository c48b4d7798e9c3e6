import { knownVariant } from './lexicons/name-forms';
import { spellingPair } from './lexicons/spelling-forms';
import { isKnownWord, wordWeight } from './lexicons/word-weights';
import type { Token } from './tokens';
import type { Span, Variant, VariantForm } from './types';

/**
 * Naming and spelling conventions across a story: the same entity or word written differently, with
 * counts and spans per article. Seed examples: Kyiv (ITV News) / Kiev (The Sun, LBC); Zelensky and
 * Zelenskyy both inside LBC; NATO (ITV News) / Nato (The Sun, LBC); "dependants" and "dependents"
 * both inside ITV News. Found from the lexicons of known variants (place names, romanisations of names,
 * British and American spellings) and from names that differ only in case or by a letter or two.
 */
export interface ArticleTokens {
  id: string;
  tokens: readonly Token[];
}

interface Occurrence {
  article: string;
  form: string;
  span: [number, number];
}

// "Russia"/"Russian", "Britain"/"British": a demonym or plural is another word, not another spelling.
const SUFFIXES = /^(?:n|s|es|an|ns|ian|ians|ese|ish|i|is)$/;
// Keys of British/American spellings ("spelling:honor"), apart from the keys of names.
const WORD_KEY = 'spelling:';

export function findVariants(articles: readonly ArticleTokens[]): Variant[] {
  const byKey = new Map<string, Occurrence[]>();
  for (const article of articles) {
    article.tokens.forEach((token, index) => {
      const found = variantKey(article.tokens, index);
      if (!found) return;
      const occurrences = byKey.get(found.key) ?? [];
      occurrences.push({ article: article.id, form: found.form, span: [token.start, token.start + found.form.length] });
      byKey.set(found.key, occurrences);
    });
  }
  const keys = [...byKey.keys()].sort();
  // Only names the word-frequency list does not know may be near spellings of each other: "Christian"
  // and "Christine" are two names, "Austria" and "Australia" two countries.
  const near = keys.filter((key) => !key.startsWith(WORD_KEY) && !isKnownWord(key));
  const nearSet = new Set(near);
  const groups = [...mergeNearSpellings(near), ...keys.filter((key) => !nearSet.has(key)).map((key) => [key])];
  const variants: Variant[] = [];
  for (const group of groups) {
    const occurrences = group.flatMap((key) => byKey.get(key) ?? []);
    const forms = new Set(occurrences.map((occurrence) => occurrence.form));
    if (forms.size < 2) continue;
    // The lexicon's form (Kyiv, the Ukrainian spelling) names a known variant; otherwise the most used.
    const canonical = group.map((key) => knownVariant(key)?.canonical).find(Boolean) ?? mostCommon(occurrences);
    variants.push({ canonical, type: variantType(group, forms), forms: formsByArticle(occurrences) });
  }
  return variants.sort((a, b) => (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0));
}

/** What the token at `index` writes that may be written differently elsewhere, under the key its variants share. */
function variantKey(tokens: readonly Token[], index: number): { key: string; form: string } | null {
  const token = tokens[index] as Token;
  // Lower case only: "Labour" (the party) and "Center" (in a name) keep their own spelling.
  const word = /^[a-z]+$/.test(token.value) ? spellingPair(token.value) : undefined;
  if (word) return { key: WORD_KEY + word, form: token.value };
  const form = nameForm(tokens, index);
  return form ? { key: knownVariant(form)?.canonical.toLowerCase() ?? form.toLowerCase(), form } : null;
}

/** The name a token writes, or null: capitalised proper nouns and acronyms, possessives removed. */
function nameForm(tokens: readonly Token[], index: number): string | null {
  const token = tokens[index] as Token;
  const previous = tokens[index - 1];
  const value = token.value.replace(/['’]s$/u, '');
  // A name may end in a number: "COVID-19" / "Covid-19", "G-7".
  if (!/^\p{Lu}[\p{L}'’-]*(?:-\d+)?$/u.test(value) || value.length < 2) return null;
  const sentenceStart = !previous || /^[.!?"“”:]$/.test(previous.value) || previous.end < token.start - 1;
  if (isCapitals(value)) {
    // "BRITAIN and the US have begun …": capitals for emphasis at the start of a sentence are house
    // style, not a spelling of the name; so are a dateline ("KYIV, Ukraine (AP) —") and a headline or
    // lead set in capitals ("WASHINGTON (AP) — PRESIDENT BIDEN SAID …"). "NATO" beside "Nato" stays.
    if (sentenceStart && (value.length > 4 || /^[,(—–:-]$/.test(tokens[index + 1]?.value ?? ''))) return null;
    if (inCapitalsRun(tokens, index)) return null;
  }
  if (knownVariant(value)) return value;
  if (token.pos !== 'PROPN') return null;
  // A capitalised common word at the start of a sentence ("Officials") is not a name.
  if (sentenceStart && wordWeight(value.toLowerCase()) < 5 && !isCapitals(value)) return null;
  return value;
}

function isCapitals(value: string): boolean {
  return value === value.toUpperCase();
}

/** Whether the nearest word before or after the token (past brackets) is in capitals too. */
function inCapitalsRun(tokens: readonly Token[], index: number): boolean {
  const neighbour = (step: number): Token | undefined => {
    let at = index + step;
    while (/^[()]$/.test(tokens[at]?.value ?? '')) at += step;
    return tokens[at];
  };
  return [neighbour(-1), neighbour(1)].some((token) => token !== undefined && /^\p{Lu}{2,}$/u.test(token.value));
}

/** Groups keys that are the same name spelled a letter or two apart (Zelensky / Zelenskyy). */
function mergeNearSpellings(keys: readonly string[]): string[][] {
  const parent = new Map(keys.map((key) => [key, key]));
  // A loop, not recursion: a long chain of near spellings must not overflow the stack.
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    for (let node = key; node !== root; ) {
      const up = parent.get(node) as string;
      parent.set(node, root);
      node = up;
    }
    return root;
  };
  // Candidates share their first three letters, so only keys in one bucket are compared.
  const buckets = new Map<string, string[]>();
  for (const key of keys) {
    if (key.length < 6) continue;
    const bucket = buckets.get(key.slice(0, 3)) ?? [];
    bucket.push(key);
    buckets.set(key.slice(0, 3), bucket);
  }
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i] as string;
        const b = bucket[j] as string;
        if (isNearSpelling(a, b)) parent.set(find(a), find(b));
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const root = find(key);
    const group = groups.get(root);
    if (group) group.push(key);
    else groups.set(root, [key]);
  }
  return [...groups.values()];
}

function isNearSpelling(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && SUFFIXES.test(long.slice(short.length))) return false;
  const limit = short.length >= 9 ? 2 : 1;
  return Math.abs(a.length - b.length) <= limit && editDistance(a, b, limit) <= limit;
}

/** Damerau–Levenshtein distance (optimal string alignment), stopping early once past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    let rowMinimum = Infinity;
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((table[i - 1]![j] as number) + 1, (table[i]![j - 1] as number) + 1, (table[i - 1]![j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (table[i - 2]![j - 2] as number) + 1);
      table[i]![j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
  }
  return table[a.length]![b.length] as number;
}

function variantType(keys: readonly string[], forms: ReadonlySet<string>): Variant['type'] {
  const known = keys.map((key) => knownVariant(key)).find(Boolean);
  if (new Set([...forms].map((form) => form.toLowerCase())).size === 1) return 'case';
  if (known) return known.type === 'spelling' ? 'spelling' : known.type;
  return 'spelling';
}

function mostCommon(occurrences: readonly Occurrence[]): string {
  const counts = new Map<string, number>();
  for (const { form } of occurrences) counts.set(form, (counts.get(form) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

function formsByArticle(occurrences: readonly Occurrence[]): Record<string, VariantForm[]> {
  // A Map, not an object: article ids are the user's ("constructor", "__proto__").
  const result = new Map<string, VariantForm[]>();
  for (const { article, form, span } of occurrences) {
    const forms = result.get(article) ?? [];
    result.set(article, forms);
    const entry = forms.find((candidate) => candidate.form === form);
    if (entry) {
      entry.count++;
      entry.spans.push(span);
    } else {
      forms.push({ form, count: 1, spans: [span] });
    }
  }
  return Object.fromEntries(result);
}

/**
 * Finds, for a claim's mentions, the parts of the story's variants that fall inside them. Built once
 * per story: every variant occurrence indexed by article and sorted by position, so each mention
 * looks up only the occurrences within its own range.
 */
export function variantLocator(variants: readonly Variant[]): (mentions: readonly (Span & { articleId: string })[]) => Variant[] {
  const byArticle = new Map<string, { start: number; end: number; variant: number; form: string }[]>();
  variants.forEach((variant, index) => {
    for (const [article, forms] of Object.entries(variant.forms)) {
      const list = byArticle.get(article) ?? [];
      for (const form of forms) for (const [start, end] of form.spans) list.push({ start, end, variant: index, form: form.form });
      byArticle.set(article, list);
    }
  });
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start);

  return (mentions) => {
    const found = new Map<number, Occurrence[]>();
    for (const mention of mentions) {
      const list = byArticle.get(mention.articleId);
      if (!list) continue;
      for (let index = firstAtOrAfter(list, mention.start); index < list.length && (list[index] as { start: number }).start < mention.end; index++) {
        const occurrence = list[index] as { start: number; end: number; variant: number; form: string };
        if (occurrence.end > mention.end) continue;
        const occurrences = found.get(occurrence.variant) ?? [];
        occurrences.push({ article: mention.articleId, form: occurrence.form, span: [occurrence.start, occurrence.end] });
        found.set(occurrence.variant, occurrences);
      }
    }
    return [...found.keys()].sort((a, b) => a - b).map((index) => ({ ...(variants[index] as Variant), forms: formsByArticle(found.get(index) as Occurrence[]) }));
  };
}

function firstAtOrAfter(list: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as { start: number }).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
