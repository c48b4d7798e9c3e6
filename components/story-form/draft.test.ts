import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hostOf } from '@/lib/analysis/page-metadata';
import { addAddresses, describeHtml, draftToRequest, emptyArticle, emptyDraft, fieldOfIssue, parseDraft, readFileContent } from './draft';

const encode = (text: string) => new TextEncoder().encode(text);

describe('the new-story draft', () => {
  it('becomes the API request, leaving blank optional fields out', () => {
    const article = { ...emptyArticle(), outlet: ' LBC ', content: 'Staff are leaving.' };
    const html = { ...emptyArticle(), format: 'html' as const, content: '<p>Staff left.</p>', url: 'https://www.itv.com/news/x', publishedAt: '2022-01-24' };
    expect(draftToRequest({ title: 'Embassy', articles: [article, html] })).toEqual({
      title: 'Embassy',
      articles: [
        { outlet: 'LBC', text: 'Staff are leaving.' },
        { outlet: null, url: 'https://www.itv.com/news/x', publishedAt: '2022-01-24', html: '<p>Staff left.</p>' },
      ],
    });
  });

  it('sends an article with a web address and no text as the address alone, for the server to fetch', () => {
    const fetched = { ...emptyArticle(), url: ' https://www.itv.com/news/x ' };
    const named = { ...emptyArticle(), url: 'https://lbc.co.uk/a', outlet: 'LBC', publishedAt: '2022-01-24', content: '  ' };
    expect(draftToRequest({ title: 'Embassy', articles: [fetched, named] }).articles).toEqual([
      { url: 'https://www.itv.com/news/x' },
      { outlet: 'LBC', url: 'https://lbc.co.uk/a', publishedAt: '2022-01-24' },
    ]);
  });

  it('turns pasted web addresses into articles in place of blank ones, once each, and gives back other lines', () => {
    const written = { ...emptyArticle(), outlet: 'LBC', content: 'Staff left.' };
    const start = { title: 'T', articles: [written, emptyArticle()] };
    const pasted = 'https://a.example/1\n\n  https://b.example/2  \nsee also this\nhttps://a.example/1\nftp://c.example/3\n';
    const { draft, added, notAddresses } = addAddresses(start, pasted);
    expect(added).toBe(2);
    expect(notAddresses).toEqual(['see also this', 'ftp://c.example/3']);
    expect(draft.articles.map((article) => [article.outlet, article.url, article.content])).toEqual([
      ['LBC', '', 'Staff left.'],
      ['', 'https://a.example/1', ''],
      ['', 'https://b.example/2', ''],
    ]);
    expect(addAddresses(draft, 'https://b.example/2').added).toBe(0);
    expect(addAddresses(emptyDraft(), 'https://a.example/1').draft.articles).toHaveLength(1);
  });

  it('survives a round trip through storage, and ignores what is not a draft', () => {
    const draft = { title: 'T', articles: [{ ...emptyArticle(), content: 'x' }] };
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
    expect(parseDraft('not json')).toBeNull();
    expect(parseDraft('{"title": 3}')).toBeNull();
    expect(parseDraft(null)).toBeNull();
  });

  it('places an API issue on the article and field it names', () => {
    expect(fieldOfIssue('articles.1.text')).toEqual({ article: 1, field: 'text' });
    expect(fieldOfIssue('articles.0.html')).toEqual({ article: 0, field: 'text' });
    expect(fieldOfIssue('articles')).toEqual({ article: null, field: 'articles' });
    expect(fieldOfIssue('title')).toEqual({ article: null, field: 'title' });
  });

  it('suggests an outlet from a web address', () => {
    expect(hostOf('https://www.lbc.co.uk/news/x')).toBe('lbc.co.uk');
    expect(hostOf('not a url')).toBeNull();
  });
});

describe('readFileContent', () => {
  it('reads text, Markdown and HTML files', () => {
    expect(readFileContent('a.txt', encode('Troops mass.'))).toEqual({ format: 'text', content: 'Troops mass.' });
    expect(readFileContent('a.MD', encode('# Troops'))).toEqual({ format: 'text', content: '# Troops' });
    expect(readFileContent('page.htm', encode('<p>x</p>'))).toEqual({ format: 'html', content: '<p>x</p>' });
  });

  it('refuses binary files, other encodings and other kinds of file, saying which', () => {
    expect(readFileContent('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toEqual({ error: 'photo.txt is not a text file (it holds binary data).' });
    expect(readFileContent('latin1.txt', new Uint8Array([0x4b, 0x69, 0x65, 0x76, 0xe9]))).toEqual({ error: 'latin1.txt is not a text file in UTF-8.' });
    expect(readFileContent('story.pdf', encode('%PDF'))).toEqual({ error: 'story.pdf is not a .txt, .md or .html file.' });
  });
});

describe('describeHtml', () => {
  it('finds the outlet, address and date a page declares', () => {
    (globalThis as { DOMParser?: unknown }).DOMParser = DOMParser;
    const html = `<html><head>
      <meta property="og:site_name" content="ITV News">
      <meta property="og:url" content="https://www.itv.com/news/2022-01-24/staff">
      <meta property="article:published_time" content="2022-01-24T08:00:00Z">
      <script>alert(1)</script></head><body><p>Text</p></body></html>`;
    expect(describeHtml(html)).toEqual({ outlet: 'ITV News', url: 'https://www.itv.com/news/2022-01-24/staff', publishedAt: '2022-01-24' });
    expect(describeHtml('<link rel="canonical" href="https://www.lbc.co.uk/news/x"><p>x</p>')).toEqual({ outlet: 'lbc.co.uk', url: 'https://www.lbc.co.uk/news/x', publishedAt: null });
  });
});
