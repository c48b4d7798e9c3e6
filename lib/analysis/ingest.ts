import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
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
 * Reduces a web page to its article text with Mozilla Readability. Scripts, styles and markup never
 * reach the text; blocks become paragraphs separated by blank lines. A page Readability cannot read
 * (too short, no article-like block) falls back to all of the body's visible text.
 */
export function extractHtml(html: string): ExtractedHtml {
  const { document } = parseHTML(wrapFragment(html));
  const publishedAt = publishedDateFromMetadata(document);
  // Readability mutates the document, so read the metadata first.
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  } catch {
    article = null; // malformed markup: fall back to the body below
  }
  const root = article?.content ?? (parseHTML(wrapFragment(html)).document.body as unknown as Node | null);
  const { text, excluded } = root ? blocksToText(root) : { text: '', excluded: [] };
  return {
    text,
    excluded,
    title: clean(article?.title),
    siteName: clean(article?.siteName),
    publishedAt: publishedAt ?? isoDate(article?.publishedTime),
  };
}

function wrapFragment(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** Walks the DOM and writes its visible text, one block per paragraph. */
function blocksToText(root: Node): { text: string; excluded: ExcludedSpan[] } {
  let text = '';
  const excluded: ExcludedSpan[] = [];
  const breakBlock = () => {
    text = text.replace(/[ \t]+$/, '');
    if (text.length > 0 && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      text += text.length === 0 || /\s$/.test(text) ? value.trimStart() : value;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      text = text.replace(/[ \t]+$/, '') + '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) breakBlock();
    const start = text.length;
    node.childNodes.forEach(visit);
    if (block) {
      const reason = EXCLUDED_ELEMENTS[name];
      const end = text.replace(/\s+$/, '').length;
      if (reason && end > start) excluded.push({ start, end, reason });
      breakBlock();
    }
  };
  visit(root);
  return { text: text.trimEnd(), excluded: excluded.filter((span) => span.end <= text.trimEnd().length) };
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

function publishedDateFromMetadata(document: ReturnType<typeof parseHTML>['document']): string | null {
  for (const selector of DATE_META) {
    const date = isoDate(document.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const date = isoDate(match?.[1]);
    if (date) return date;
  }
  return isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

/** The YYYY-MM-DD at the start of an ISO-like date string, when it is a real calendar date. */
export function isoDate(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const [, year, month, day] = match;
  return isCalendarDate(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : null;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false;
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}
