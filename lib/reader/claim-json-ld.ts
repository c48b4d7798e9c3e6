import type { OutletColumn } from './story-view';

interface ClaimForJsonLd {
  summary: string;
  mentions: readonly { articleId: string; text: string }[];
}

/**
 * schema.org `Claim` for a claim page: one `appearance` (a NewsArticle) per outlet that reports it and
 * `firstAppearance` for the earliest dated one. Deliberately no review or rating: Parallax compares
 * coverage, it does not judge it.
 */
export function claimJsonLd(claim: ClaimForJsonLd, columns: readonly OutletColumn[], pageUrl: string): Record<string, unknown> {
  const reporting = columns.filter((column) => claim.mentions.some((mention) => mention.articleId === column.articleId));
  const appearances = reporting.map((column) => ({
    '@type': 'NewsArticle',
    ...(column.title ? { headline: column.title } : {}),
    publisher: { '@type': 'Organization', name: column.name },
    ...(column.publishedAt ? { datePublished: column.publishedAt } : {}),
    ...(column.url ? { url: column.url } : {}),
    text: claim.mentions.filter((mention) => mention.articleId === column.articleId).map((mention) => mention.text).join(' '),
  }));
  const dated = appearances
    .map((appearance, index) => ({ appearance, date: reporting[index]!.publishedAt }))
    .filter((entry): entry is { appearance: (typeof appearances)[number]; date: string } => entry.date !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
  const first = dated[0]?.appearance ?? appearances[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    url: pageUrl,
    text: claim.summary,
    appearance: appearances,
    ...(first ? { firstAppearance: first } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the text can never close the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
