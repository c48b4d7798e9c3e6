'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { announceJob } from '@/components/reader/analysis-status';
import { FetchInstead } from './add-addresses';
import { ApiError, editHeaders, sendJson } from './api';
import { describeHtml, draftToRequest, emptyArticle, fetchesPage, readFileContent, type DraftArticle } from './draft';

export interface EditableArticle {
  id: string;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  /** The first words of the article, so the user knows which one this is. */
  excerpt: string;
}

type Change = { kind: 'update'; id: string; body: Record<string, string | null> } | { kind: 'remove'; id: string } | { kind: 'add'; body: unknown };

function send(slug: string, change: Change, token: string): Promise<{ job: { id: number } }> {
  const base = `/api/stories/${encodeURIComponent(slug)}/articles`;
  const headers = editHeaders(token);
  if (change.kind === 'add') return sendJson('POST', base, change.body, headers);
  if (change.kind === 'remove') return sendJson('DELETE', `${base}/${encodeURIComponent(change.id)}`, undefined, headers);
  return sendJson('PATCH', `${base}/${encodeURIComponent(change.id)}`, change.body, headers);
}

/** The text the engine read of one article (for HTML, what it extracted), to edit it. */
async function articleText(slug: string, articleId: string): Promise<string> {
  const response = await fetch(`/api/stories/${encodeURIComponent(slug)}`);
  if (!response.ok) throw new ApiError(`The server answered ${response.status}; try again.`);
  const story = (await response.json()) as { articles: { id: string; text: string | null }[] };
  return story.articles.find((candidate) => candidate.id === articleId)?.text ?? '';
}

/** Replacing an article's text: loaded when asked for (a story may hold megabytes of text), saved as plain text. */
function TextEditor({ slug, article, name, onChange, busy }: { slug: string; article: EditableArticle; name: string; onChange: (change: Change) => void; busy: boolean }) {
  const [text, setText] = useState<string | null>(null);
  const [original, setOriginal] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (text === null) {
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          className="link"
          onClick={() =>
            void articleText(slug, article.id).then(
              (loaded) => {
                setOriginal(loaded);
                setText(loaded);
              },
              (error: unknown) => setProblem(error instanceof Error ? error.message : 'The text could not be loaded.'),
            )
          }
        >
          Edit the text<span className="sr-only"> of {name}</span>
        </button>
        {problem && <span className="text-red-700 dark:text-red-300">{problem}</span>}
      </div>
    );
  }
  return (
    <div className="grid gap-2">
      <label className="grid gap-1 text-sm">
        Text<span className="sr-only"> of {name}</span>
        <textarea className="input min-h-48 font-mono text-xs" value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <p className="text-xs text-muted">This is the text the analysis read (for a web page, what it took from the page). Saving replaces the article with it and analyses the story again; claim links keep working.</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="button" disabled={busy || text === original} onClick={() => onChange({ kind: 'update', id: article.id, body: { text } })}>
          Save the text<span className="sr-only"> of {name}</span>
        </button>
        <button type="button" className="link text-sm" onClick={() => setText(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function ArticleEditor({ slug, article, number, onChange, busy }: { slug: string; article: EditableArticle; number: number; onChange: (change: Change) => void; busy: boolean }) {
  const [outlet, setOutlet] = useState(article.outlet ?? '');
  const [publishedAt, setPublishedAt] = useState(article.publishedAt ?? '');
  const [url, setUrl] = useState(article.url ?? '');
  const [confirming, setConfirming] = useState(false);
  const changes: Record<string, string | null> = {
    ...(outlet.trim() !== (article.outlet ?? '') ? { outlet: outlet.trim() || null } : {}),
    ...(publishedAt !== (article.publishedAt ?? '') ? { publishedAt: publishedAt || null } : {}),
    ...(url.trim() !== (article.url ?? '') ? { url: url.trim() || null } : {}),
  };
  const name = article.outlet ?? `article ${number}`;
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(changes).length > 0) onChange({ kind: 'update', id: article.id, body: changes });
  };
  return (
    <form onSubmit={save} className="panel grid gap-3" aria-label={`Article ${number}: ${name}`}>
      <p className="text-sm text-muted">
        <bdi>{article.excerpt}</bdi>
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="grid gap-1 text-sm">
          Outlet
          <input className="input" value={outlet} onChange={(event) => setOutlet(event.target.value)} />
        </label>
        <label className="grid gap-1 text-sm">
          Date
          <input className="input" type="date" value={publishedAt} onChange={(event) => setPublishedAt(event.target.value)} />
        </label>
        <label className="grid gap-1 text-sm">
          Web address
          <input className="input" type="url" value={url} onChange={(event) => setUrl(event.target.value)} placeholder="https://…" />
        </label>
      </div>
      <TextEditor slug={slug} article={article} name={name} onChange={onChange} busy={busy} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="button" disabled={busy || Object.keys(changes).length === 0}>
          Save changes<span className="sr-only"> to {name}</span>
        </button>
        {confirming ? (
          <span className="flex items-center gap-2 text-sm">
            Remove {name}’s article from the story?
            <button type="button" className="button" onClick={() => onChange({ kind: 'remove', id: article.id })} disabled={busy}>
              Yes, remove it
            </button>
            <button type="button" className="link" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <button type="button" className="link ml-auto text-sm" onClick={() => setConfirming(true)}>
            Remove<span className="sr-only"> {name}’s article</span>
          </button>
        )}
      </div>
    </form>
  );
}

function AddArticle({ onChange, busy }: { onChange: (change: Change) => void; busy: boolean }) {
  const [article, setArticle] = useState<DraftArticle>(emptyArticle);
  const [fileError, setFileError] = useState<string | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = readFileContent(file.name, new Uint8Array(await file.arrayBuffer()));
    if ('error' in read) return setFileError(read.error);
    setFileError(null);
    const found = read.format === 'html' ? describeHtml(read.content) : { outlet: null, url: null, publishedAt: null };
    setArticle({ ...article, ...read, fileName: file.name, outlet: article.outlet || found.outlet || '', url: article.url || found.url || '', publishedAt: article.publishedAt || found.publishedAt || '' });
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const [body] = draftToRequest({ title: '', articles: [article] }).articles;
    onChange({ kind: 'add', body });
  };
  return (
    <form onSubmit={add} className="panel grid gap-3" aria-label="Add an article">
      <h2 className="text-lg font-semibold">Add an article</h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="grid gap-1 text-sm">
          Outlet
          <input className="input" value={article.outlet} onChange={(event) => setArticle({ ...article, outlet: event.target.value })} />
        </label>
        <label className="grid gap-1 text-sm">
          Date (optional)
          <input className="input" type="date" value={article.publishedAt} onChange={(event) => setArticle({ ...article, publishedAt: event.target.value })} />
        </label>
        <label className="grid gap-1 text-sm">
          Web address{fetchesPage(article) ? ' (fetched when you add it)' : ' (optional)'}
          <input className="input" type="url" value={article.url} onChange={(event) => setArticle({ ...article, url: event.target.value })} placeholder="https://…" />
        </label>
      </div>
      <label className="grid gap-1 text-sm">
        {article.format === 'html' ? `HTML from ${article.fileName}` : 'Text'}
        <textarea
          className="input min-h-32 font-mono text-xs"
          value={article.content}
          onChange={(event) => setArticle({ ...article, content: event.target.value })}
          placeholder="Paste the article here, or leave this empty and give the web address: the page is fetched"
        />
      </label>
      {article.format === 'text' && <FetchInstead text={article.content} onFetch={(url) => setArticle({ ...article, content: '', url })} />}
      <div className="flex flex-wrap items-center gap-3">
        <label className="button cursor-pointer">
          Choose a file…
          <input type="file" accept=".txt,.md,.markdown,.html,.htm" className="sr-only" aria-label="File for the new article" onChange={(event) => void onFile(event.target.files?.[0])} />
        </label>
        {fileError && (
          <span role="alert" className="text-sm text-red-700 dark:text-red-300">
            {fileError}
          </span>
        )}
        <button type="submit" className="button ml-auto" disabled={busy}>
          {busy && fetchesPage(article) ? 'Fetching the page…' : 'Add to the story'}
        </button>
      </div>
    </form>
  );
}

/** Correct a story's articles: outlet names, dates, addresses, their text; add or remove articles. Every change re-analyses. */
export function EditArticles({ slug, articles, token }: { slug: string; articles: EditableArticle[]; token: string }) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (change: Change) => send(slug, change, token),
    onSuccess: (answer, change) => {
      announceJob(slug, answer.job.id);
      setDone(change.kind === 'add' ? 'Article added.' : change.kind === 'remove' ? 'Article removed.' : 'text' in change.body ? 'Text saved.' : 'Changes saved.');
      router.refresh();
    },
    onMutate: () => setDone(null),
  });
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  return (
    <div className="grid gap-4">
      <div aria-live="polite">
        {done && (
          <p role="status" className="notice">
            {done} The story is being analysed again; existing claim links keep working.
          </p>
        )}
        {error && (
          <div role="alert" className="notice notice-error">
            <p className="font-semibold">Nothing was changed.</p>
            <p className="text-sm">{error.issues.length > 0 ? error.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ') : error.message}</p>
          </div>
        )}
      </div>
      {articles.map((article, index) => (
        // Keyed by content too, so the fields show what was saved after a refresh.
        <ArticleEditor key={`${article.id}:${article.outlet}:${article.publishedAt}:${article.url}:${article.excerpt}`} slug={slug} article={article} number={index + 1} onChange={mutation.mutate} busy={mutation.isPending} />
      ))}
      <AddArticle key={articles.length} onChange={mutation.mutate} busy={mutation.isPending} />
    </div>
  );
}
