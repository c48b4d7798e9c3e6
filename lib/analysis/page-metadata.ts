import { isoDate } from './dates';

/** What a web page says about itself, for the fields a person would otherwise type. */
export interface PageMetadata {
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
  /** The page's canonical address (og:url or rel=canonical), absolute, http(s) only. */
  url: string | null;
}

/** The little of the DOM this reads, so a browser's DOMParser document and linkedom's both serve. */
interface Queryable {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
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

/** The date a page says it was published (meta tags, JSON-LD, a <time> element), as YYYY-MM-DD. */
export function publishedDate(document: Queryable): string | null {
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

/** The host of a web address without "www.", as an outlet name ("bbc.co.uk"); null if it is not one. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
}

/** Whether a text is only a web address ("https://…", "www.…"): a link pasted where an article's text goes. */
export const isOnlyAWebAddress = (text: string) => /^(?:https?:\/\/|www\.)\S+$/i.test(text.trim());

/**
 * Outlet, title, date and canonical address from a page's metadata (Open Graph, the usual meta tags,
 * rel=canonical, <title>). `address` is where the page was read from: relative canonical links resolve
 * against it, and its host names the outlet when the page names none.
 */
export function pageMetadata(document: Queryable, address?: string): PageMetadata {
  const meta = (selector: string) => collapse(document.querySelector(selector)?.getAttribute('content'));
  const linked = meta('meta[property="og:url"]') ?? collapse(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const url = linked ? webAddress(linked, address) : null;
  const outlet = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? hostOf(url ?? address ?? '');
  const title = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? collapse(document.querySelector('title')?.textContent);
  return { outlet, title, publishedAt: publishedDate(document), url };
}

/** `link` as an absolute http(s) address, resolved against `base`; null for anything else (javascript:, mailto:). */
export function webAddress(link: string, base: string | undefined): string | null {
  try {
    const resolved = new URL(link.trim(), base);
    return /^https?:$/.test(resolved.protocol) ? resolved.toString() : null;
  } catch {
    return null;
  }
}

/** Whitespace collapsed to single spaces and trimmed; null when nothing is left. */
export function collapse(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
