import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hostOf, pageMetadata } from './page-metadata';

const documentOf = (head: string) => parseHTML(`<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`).document;

describe('pageMetadata', () => {
  it('reads Open Graph first, then the usual tags', () => {
    const head = `<title>Staff leave Kyiv | Example News</title>
      <meta property="og:site_name" content=" Example  News ">
      <meta property="og:title" content="Embassy staff leave Kyiv">
      <meta property="og:url" content="https://www.example.com/world/staff-leave">
      <link rel="canonical" href="https://www.example.com/other">
      <meta property="article:published_time" content="2022-01-24T09:30:00Z">`;
    expect(pageMetadata(documentOf(head), 'https://example.com/x?utm=1')).toEqual({
      outlet: 'Example News',
      title: 'Embassy staff leave Kyiv',
      publishedAt: '2022-01-24',
      url: 'https://www.example.com/world/staff-leave',
    });
  });

  it('resolves a relative canonical link, falls back to <title>, JSON-LD dates and the host', () => {
    const head = `<title>  Staff
      leave </title><link rel="canonical" href="/news/staff"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-23T20:00:00Z"}</script>`;
    expect(pageMetadata(documentOf(head), 'https://www.lbc.co.uk/news/staff?ref=feed')).toEqual({
      outlet: 'lbc.co.uk',
      title: 'Staff leave',
      publishedAt: '2022-01-23',
      url: 'https://www.lbc.co.uk/news/staff',
    });
  });

  it('keeps only web addresses and real dates', () => {
    const head = `<meta property="og:url" content="javascript:alert(1)"><meta name="date" content="2022-02-30">`;
    expect(pageMetadata(documentOf(head))).toEqual({ outlet: null, title: null, publishedAt: null, url: null });
    expect(hostOf('javascript:alert(1)')).toBeNull();
  });
});
