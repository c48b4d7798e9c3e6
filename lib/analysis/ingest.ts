import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { HtmlLimitError, htmlLimitProblem, measureHtml, type HtmlShape } from './html-limits';
import { isoDate } from './dates';
import { collapse, publishedDate } from './page-metadata';
import type { ExcludedSpan } from './types';

/** The article text extracted from HTML, with what the markup itself says is not article. */
export interface ExtractedHtml {
  text: string;
  /** Spans the markup marks as non-article: figure captions, navigation and asides. */
  excluded: ExcludedSpan[];
  title: string | null;
  siteName: string | null;
  /** YYYY-MM-DD from the page's metadata, when it has one. */
  publishedAt: string | null;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'HEAD', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);
const EXCLUDED_ELEMENTS: Record<string, ExcludedSpan['reason']> = { FIGCAPTION: 'caption', NAV: 'navigation', ASIDE: 'navigation' };

/**
 * How much work Readability may do, in elements. Its passes compare every element with the elements
 * nested inside it (text density, link density), so its time grows with the elements and with the
 * square of their depth: here ~40 µs per element and ~0.1 µs per unit of nesting load, so 300 units
 * weigh one element. News pages weigh a few thousand; at the budget Readability takes 1–3 s. A page
 * past it (an article of 86,000 paragraphs weighs 91,000; 300 runs of 100 nested <div>s, 130,000,
 * and would take Readability minutes) is read as its whole body's text, which the boilerplate stage
 * then trims like pasted text.
 */
export const READABILITY_BUDGET = 40_000;

export function readabilityWork(shape: HtmlShape): number {
  return shape.elements + shape.nestingLoad / 300;
}

/**
 * Reduces a web page to its article text with Mozilla Readability. Scripts, styles and markup never
 * reach the text; blocks become paragraphs separated by blank lines. A page Readability cannot read
 * (too short, no article-like block) or that is past its budget falls back to all of the body's
 * visible text. Throws an HtmlLimitError for a page past the limits in html-limits.ts.
 */
export function extractHtml(html: string): ExtractedHtml {
  const shape = measureHtml(html);
  const problem = htmlLimitProblem(shape);
  if (problem) throw new HtmlLimitError(problem);
  const { document } = parseHTML(wrapFragment(html));
  const publishedAt = publishedDate(document);
  const readable = readabilityWork(shape) <= READABILITY_BUDGET;
  // Readability mutates the document, so read the metadata first.
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    if (readable) article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  } catch {
    article = null; // malformed markup: fall back to the body below
  }
  // Past the budget the document is untouched, so its own body serves; after Readability, a fresh one.
  const body = () => (readable ? parseHTML(wrapFragment(html)).document : document).body as unknown as Node | null;
  const root = article?.content ?? body();
  const { text, excluded } = root ? blocksToText(root) : { text: '', excluded: [] };
  return {
    text,
    excluded,
    title: collapse(article?.title),
    siteName: collapse(article?.siteName),
    publishedAt: publishedAt ?? isoDate(article?.publishedTime),
  };
}

function wrapFragment(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/**
 * The text being written by blocksToText. Its trailing whitespace is kept apart from the rest
 * (newlines, then at most one space: text nodes arrive with their whitespace collapsed), so that
 * trimming it and asking how the text ends cost the same at the last block as at the first, instead
 * of a pattern run over everything written so far at every block.
 */
class TextWriter {
  private readonly parts: string[] = [];
  /** Length of the text before its trailing whitespace, which never ends in whitespace. */
  private bodyLength = 0;
  private newlines = 0;
  private space = false;

  /** The text without its trailing whitespace. */
  get trimmedLength(): number {
    return this.bodyLength;
  }

  get length(): number {
    return this.bodyLength + this.newlines + (this.space ? 1 : 0);
  }

  /** Appends a text node's value, whitespace already collapsed to single spaces. */
  write(value: string): void {
    const piece = this.length === 0 || this.newlines > 0 || this.space ? value.trimStart() : value;
    if (piece.length === 0) return;
    const content = piece.endsWith(' ') ? piece.slice(0, -1) : piece;
    if (content.length > 0) {
      const pending = '\n'.repeat(this.newlines) + (this.space ? ' ' : '');
      this.parts.push(pending + content);
      this.bodyLength += pending.length + content.length;
      this.newlines = 0;
    }
    this.space = content.length < piece.length;
  }

  /** A line break: trailing spaces go, a newline comes. */
  lineBreak(): void {
    this.space = false;
    this.newlines++;
  }

  /** Ends a block: trailing spaces go, and the text ends in a blank line unless it is empty. */
  paragraphBreak(): void {
    this.space = false;
    if (this.length > 0 && this.newlines < 2) this.newlines = 2;
  }

  /** The text, without its trailing whitespace. */
  toString(): string {
    return this.parts.join('');
  }
}

/**
 * Walks the DOM and writes its visible text, one block per paragraph, with the spans of the blocks
 * the markup marks as non-article. Linear in the DOM's size, whatever its shape.
 */
export function blocksToText(root: Node): { text: string; excluded: ExcludedSpan[] } {
  const writer = new TextWriter();
  const excluded: ExcludedSpan[] = [];
  // An explicit stack instead of recursion: deeply nested markup must not overflow the call stack.
  // A block leaves a marker that closes it once its children have been written.
  type Step = Node | { blockStart: number; reason: ExcludedSpan['reason'] | undefined };
  const steps: Step[] = [root];
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if ('blockStart' in step) {
      const end = writer.trimmedLength;
      if (step.reason && end > step.blockStart) excluded.push({ start: step.blockStart, end, reason: step.reason });
      writer.paragraphBreak();
      continue;
    }
    const node = step;
    if (node.nodeType === 3) {
      writer.write((node.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      writer.lineBreak();
      continue;
    }
    if (BLOCKS.has(name)) {
      writer.paragraphBreak();
      steps.push({ blockStart: writer.length, reason: EXCLUDED_ELEMENTS[name] });
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) steps.push(children[index] as Node);
  }
  const text = writer.toString();
  return { text, excluded: excluded.filter((span) => span.end <= text.length) };
}
