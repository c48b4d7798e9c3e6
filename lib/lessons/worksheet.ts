import type { DiscrepancyType } from '@/lib/analysis/types';
import { compareTypes, DISCREPANCY_TYPES, typesFromUrl, typesToUrl } from '@/lib/reader/discrepancy-types';
import type { Mark } from '@/lib/reader/highlights';
import type { ClaimView, OutletColumn } from '@/lib/reader/story-view';
import { normalise, wordRanges } from '@/lib/reader/word-diff';

/** A worksheet's settings; they live in its URL so a lesson can be shared. */
export interface LessonOptions {
  claims: number;
  types: DiscrepancyType[];
  /** Outlets shown as "Outlet A", "Outlet B"… so students judge wording, not brands. */
  blind: boolean;
  /** The claims the teacher chose (ids, in the order given); none lets the worksheet choose. */
  picked: string[];
}

export const MAX_LESSON_CLAIMS = 10;
const ALL_TYPES = DISCREPANCY_TYPES.map((info) => info.type);
// A claim id as the engine makes them ("c1uc2yvz8b57", "c1uc2yvz8b57-2"); anything else in `pick` is ignored.
const CLAIM_ID = /^[a-z0-9-]{1,64}$/;

export function parseLessonOptions(params: URLSearchParams): LessonOptions {
  return lessonOptions({ claims: Number(params.get('claims') ?? 5), types: typesFromUrl(params), blind: params.get('blind') === '1', picked: params.getAll('pick') });
}

/**
 * A worksheet's settings from what a link or a request gives: a count out of range or not whole is 5, no
 * kinds of difference are all of them, and only claim ids count among the picked (each once).
 */
export function lessonOptions({ claims, types, blind, picked }: { claims: number; types: readonly DiscrepancyType[]; blind: boolean; picked: readonly string[] }): LessonOptions {
  return {
    claims: Number.isInteger(claims) ? Math.min(MAX_LESSON_CLAIMS, Math.max(1, claims)) : 5,
    types: types.length > 0 ? [...new Set(types)].sort(compareTypes) : ALL_TYPES,
    blind,
    picked: [...new Set(picked.filter((id) => CLAIM_ID.test(id)))].slice(0, MAX_LESSON_CLAIMS),
  };
}

export function lessonSearch(options: LessonOptions): string {
  const params = new URLSearchParams({ claims: String(options.claims) });
  if (options.types.length < ALL_TYPES.length) params.set('type', typesToUrl(options.types));
  if (options.blind) params.set('blind', '1');
  for (const id of options.picked) params.append('pick', id);
  return `?${params.toString().replaceAll('%2C', ',')}`;
}

export interface Word {
  start: number;
  end: number;
  text: string;
}

export interface Version {
  articleId: string;
  /** The outlet's name, or "Outlet A" in blind mode. */
  label: string;
  text: string;
  /** Where `text` starts in the article (highlight offsets are article offsets). */
  offset: number;
  words: Word[];
  /** Indexes of the words that differ (the answer): in a difference the engine found, and not in every other version. */
  answer: number[];
  /** Indexes of the words every other version has too: neither asked for nor held against a student. */
  shared: number[];
  marks: Mark[];
}

export interface Question {
  claimId: string;
  versions: Version[];
  /** The difference types the engine found (within the lesson's types). */
  types: DiscrepancyType[];
  explanations: { type: DiscrepancyType; text: string }[];
}


// A version shorter than this is no sentence to compare ("London.", "Advertisement").
const MIN_VERSION_WORDS = 4;

/**
 * The claims worth asking about: reported by two or more outlets, each in a sentence worth comparing, with
 * differences of the chosen types; the most instructive first (most kinds of difference, then most differences).
 */
export function lessonCandidates(claims: readonly ClaimView[], types: readonly DiscrepancyType[]): ClaimView[] {
  const score = (claim: ClaimView) => {
    const relevant = claim.discrepancies.filter((discrepancy) => types.includes(discrepancy.type));
    return { kinds: new Set(relevant.map((discrepancy) => discrepancy.type)).size, count: relevant.length };
  };
  const sentences = (claim: ClaimView) => claim.mentions.every((mention) => wordRanges(mention.text).length >= MIN_VERSION_WORDS);
  return claims
    .filter((claim) => claim.articleIds.length >= 2 && sentences(claim) && score(claim).count > 0)
    .sort((a, b) => score(b).kinds - score(a).kinds || score(b).count - score(a).count || a.position - b.position);
}

/**
 * The worksheet's claims, in story order: those the teacher picked (among the candidates: a claim with no
 * difference of the chosen types would ask a question with no answer), else the most instructive few.
 */
export function pickClaims(claims: readonly ClaimView[], options: LessonOptions): ClaimView[] {
  const candidates = lessonCandidates(claims, options.types);
  const chosen = options.picked.length > 0 ? candidates.filter((claim) => options.picked.includes(claim.id)) : candidates.slice(0, options.claims);
  return chosen.sort((a, b) => a.position - b.position);
}

function blindLabel(index: number): string {
  return `Outlet ${String.fromCharCode(65 + (index % 26))}${index >= 26 ? Math.floor(index / 26) + 1 : ''}`;
}

/** One worksheet question per claim: each outlet's first mention, its words, and the engine's answer. */
export function buildQuestion(claim: ClaimView, columns: readonly OutletColumn[], options: LessonOptions): Question {
  const relevant = claim.discrepancies.filter((discrepancy) => options.types.includes(discrepancy.type));
  const reporting = columns.filter((column) => claim.articleIds.includes(column.articleId));
  const label = new Map(reporting.map((column, index) => [column.articleId, options.blind ? blindLabel(index) : column.name]));
  const mentions = reporting.map((column) => claim.mentions.find((candidate) => candidate.articleId === column.articleId)!);
  const wordsOf = mentions.map((mention) => wordRanges(mention.text));
  const vocabularies = wordsOf.map((words) => new Set(words.map((word) => normalise(word.text))));
  const versions = reporting.map((column, versionIndex) => {
    const mention = mentions[versionIndex]!;
    const marks = relevant.flatMap((discrepancy) => (discrepancy.spans[column.articleId] ?? []).map(([start, end]) => ({ start, end, type: discrepancy.type })));
    const own = wordsOf[versionIndex]!;
    // "around half" in both versions: "around" is in the highlighted difference but is not one of the words that differ.
    const isShared = (word: Word) => vocabularies.every((vocabulary, other) => other === versionIndex || vocabulary.has(normalise(word.text)));
    const answer: number[] = [];
    const shared: number[] = [];
    own.forEach((word, index) => {
      if (isShared(word)) shared.push(index);
      else if (marks.some((mark) => mark.start < mention.start + word.end && mark.end > mention.start + word.start)) answer.push(index);
    });
    return { articleId: column.articleId, label: label.get(column.articleId)!, text: mention.text, offset: mention.start, words: own, answer, shared, marks };
  });
  // In blind mode the engine's explanations must not give the outlets away.
  const hide = (text: string) =>
    options.blind ? reporting.reduce((result, column) => result.split(column.name).join(label.get(column.articleId)!), text) : text;
  return {
    claimId: claim.id,
    versions,
    types: [...new Set(relevant.map((discrepancy) => discrepancy.type))].sort(compareTypes),
    explanations: relevant.map((discrepancy) => ({ type: discrepancy.type, text: hide(discrepancy.explanation) })),
  };
}

export interface Answer {
  types: readonly string[];
  /** For each version (by index), the indexes of the words the student marked. */
  marked: readonly (readonly number[])[];
}

export interface Feedback {
  allRight: boolean;
  typesFound: string[];
  typesMissed: string[];
  typesWrong: string[];
  wordsFound: number;
  wordsMissed: number;
  /** Marked words that every version has: pointed out, never held against the answer. */
  wordsShared: number;
  /** Other marked words outside the differences found. */
  wordsExtra: number;
}

/** Compares a student's answer with the engine's findings. Extra and shared words are pointed out but never make an answer wrong. */
export function checkAnswer(question: Question, answer: Answer): Feedback {
  const chosen = new Set(answer.types);
  const typesFound = question.types.filter((type) => chosen.has(type));
  const typesMissed = question.types.filter((type) => !chosen.has(type));
  const typesWrong = [...chosen].filter((type) => !question.types.includes(type as DiscrepancyType)).sort(compareTypes);
  let wordsFound = 0;
  let wordsMissed = 0;
  let wordsShared = 0;
  let wordsExtra = 0;
  question.versions.forEach((version, index) => {
    const marked = new Set(answer.marked[index] ?? []);
    const found = version.answer.filter((word) => marked.has(word)).length;
    wordsFound += found;
    wordsMissed += version.answer.length - found;
    for (const word of marked) {
      if (version.shared.includes(word)) wordsShared += 1;
      else if (!version.answer.includes(word)) wordsExtra += 1;
    }
  });
  return { allRight: typesMissed.length === 0 && typesWrong.length === 0 && wordsMissed === 0, typesFound, typesMissed, typesWrong, wordsFound, wordsMissed, wordsShared, wordsExtra };
}
