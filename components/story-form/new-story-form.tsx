'use client';

import { useMutation } from '@tanstack/react-query';
import { useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { QueryProvider } from '@/components/query-provider';
import { AddAddresses, FetchInstead } from './add-addresses';
import { ApiError, sendJson, type Issue } from './api';
import { Progress, type Created } from './story-progress';
import { rememberEditToken } from './edit-token';
import { hostOf } from '@/lib/analysis/page-metadata';
import { addAddresses, describeHtml, DRAFT_KEY, draftToRequest, emptyArticle, emptyDraft, fetchesPage, parseDraft, readFileContent, type Draft, type DraftArticle } from './draft';


const submitStory = (draft: Draft) => sendJson<Created>('POST', '/api/stories', draftToRequest(draft));

const FIELD_NAMES: Record<string, string> = { text: 'text', outlet: 'outlet', url: 'web address', publishedAt: 'date', title: 'title', article: 'article', articles: 'articles', story: 'story' };

function describeIssue(issue: Issue): string {
  const where = issue.article === null ? (issue.field === 'articles' ? 'Articles' : `Story ${FIELD_NAMES[issue.field] ?? issue.field}`) : `Article ${issue.article + 1}, ${FIELD_NAMES[issue.field] ?? issue.field}`;
  return `${where}: ${issue.message}`;
}


function Form() {
  // Mounted only in the browser (see NewStoryForm), so the saved draft can be read at once.
  const [draft, setDraftState] = useState<Draft>(() => parseDraft(window.localStorage.getItem(DRAFT_KEY)) ?? emptyDraft());
  const [fileErrors, setFileErrors] = useState<Record<string, string>>({});
  const [storageNote, setStorageNote] = useState<string | null>(null);
  // What "Start over" or "Remove article" took away, until the next change: one click brings it back.
  const [undo, setUndo] = useState<{ draft: Draft; message: string } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const mutation = useMutation({
    mutationFn: submitStory,
    onSuccess: (created) => {
      window.localStorage.removeItem(DRAFT_KEY);
      // The story page shows the edit link once, from this browser's copy of the token.
      rememberEditToken(created.slug, created.editToken);
    },
    onError: () => requestAnimationFrame(() => summary.current?.focus()),
  });

  // What was pasted survives a refresh or an error: every change is written to the browser's storage.
  const setDraft = (next: Draft) => {
    setDraftState(next);
    try {
      window.localStorage.setItem(DRAFT_KEY, JSON.stringify(next));
      setStorageNote(null);
    } catch {
      setStorageNote('This draft is too large to keep in the browser: it will be lost if you leave the page before saving.');
    }
  };

  const issues = mutation.error instanceof ApiError ? mutation.error.issues : [];
  const issueFor = (article: number | null, field: string) => issues.find((issue) => issue.article === article && issue.field === field)?.message;
  const update = (key: string, change: Partial<DraftArticle>) => {
    setUndo(null);
    setDraft({ ...draft, articles: draft.articles.map((article) => (article.key === key ? { ...article, ...change } : article)) });
  };
  const takeAway = (next: Draft, message: string) => {
    setUndo({ draft, message });
    setDraft(next);
  };

  const onFile = async (article: DraftArticle, file: File | undefined) => {
    if (!file) return;
    const read = readFileContent(file.name, new Uint8Array(await file.arrayBuffer()));
    if ('error' in read) {
      setFileErrors((current) => ({ ...current, [article.key]: read.error }));
      return;
    }
    setFileErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== article.key)));
    const found = read.format === 'html' ? describeHtml(read.content) : { outlet: null, url: null, publishedAt: null };
    update(article.key, {
      format: read.format,
      content: read.content,
      fileName: file.name,
      outlet: article.outlet || found.outlet || '',
      url: article.url || found.url || '',
      publishedAt: article.publishedAt || found.publishedAt || '',
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(fileErrors).length > 0) {
      summary.current?.focus();
      return;
    }
    mutation.mutate(draft);
  };

  if (mutation.isSuccess) return <Progress created={mutation.data} />;

  return (
    <form onSubmit={submit} noValidate className="grid gap-6" aria-describedby="form-help">
      <p id="form-help" className="max-w-prose text-sm text-muted">
        Paste or drop two or more articles about the same event, or give their web addresses. HTML pages are reduced to the article
        text. Everything you enter is kept in this browser until the story is saved.
      </p>
      <div ref={summary} tabIndex={-1} aria-live="assertive">
        {(mutation.isError || Object.keys(fileErrors).length > 0) && (
          <div role="alert" className="notice notice-error">
            <p className="font-semibold">The story was not saved.</p>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {issues.length > 0 ? issues.map((issue, index) => <li key={index}>{describeIssue(issue)}</li>) : mutation.error && <li>{mutation.error.message}</li>}
              {Object.entries(fileErrors).map(([key, message]) => (
                <li key={key}>
                  Article {draft.articles.findIndex((article) => article.key === key) + 1}: {message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <label className="grid max-w-2xl gap-1 font-medium">
        Title
        <input
          className="input text-base"
          value={draft.title}
          onChange={(event) => setDraft({ ...draft, title: event.target.value })}
          aria-invalid={Boolean(issueFor(null, 'title'))}
          placeholder="What happened, in a line"
          required
        />
        {issueFor(null, 'title') && <span className="text-sm text-red-700 dark:text-red-300">{issueFor(null, 'title')}</span>}
      </label>

      <AddAddresses
        onAdd={(pasted) => {
          const result = addAddresses(draft, pasted);
          if (result.added > 0) {
            setUndo(null);
            setDraft(result.draft);
          }
          return result;
        }}
      />
      <ol className="grid gap-6">
        {draft.articles.map((article, index) => {
          const textIssue = issueFor(index, 'text') ?? fileErrors[article.key];
          const suggestion = !article.outlet && hostOf(article.url);
          return (
            <li key={article.key} className="panel grid gap-3">
              <fieldset className="grid gap-3">
                <legend className="text-lg font-semibold">Article {index + 1}</legend>
                <div className="grid gap-3 sm:grid-cols-3">
                  <label className="grid gap-1 text-sm">
                    Outlet
                    <input
                      className="input"
                      value={article.outlet}
                      onChange={(event) => update(article.key, { outlet: event.target.value })}
                      placeholder={fetchesPage(article) ? 'From the page' : 'e.g. BBC News'}
                    />
                    {suggestion && (
                      <button type="button" className="link justify-self-start text-xs" onClick={() => update(article.key, { outlet: suggestion })}>
                        Use “{suggestion}”
                      </button>
                    )}
                    {issueFor(index, 'outlet') && <span className="text-red-700 dark:text-red-300">{issueFor(index, 'outlet')}</span>}
                  </label>
                  <label className="grid gap-1 text-sm">
                    Web address{fetchesPage(article) ? ' (fetched when you save)' : ' (optional)'}
                    <input className="input" type="url" value={article.url} onChange={(event) => update(article.key, { url: event.target.value })} placeholder="https://…" />
                    {issueFor(index, 'url') && <span className="text-red-700 dark:text-red-300">{issueFor(index, 'url')}</span>}
                  </label>
                  <label className="grid gap-1 text-sm">
                    Date (optional)
                    <input className="input" type="date" value={article.publishedAt} onChange={(event) => update(article.key, { publishedAt: event.target.value })} />
                    {issueFor(index, 'publishedAt') && <span className="text-red-700 dark:text-red-300">{issueFor(index, 'publishedAt')}</span>}
                  </label>
                </div>
                <label className="grid gap-1 text-sm">
                  {article.format === 'html' ? `HTML${article.fileName ? ` from ${article.fileName}` : ''}` : 'Text'}
                  <textarea
                    className="input min-h-40 font-mono text-xs"
                    value={article.content}
                    onChange={(event) => update(article.key, { content: event.target.value, ...(article.fileName ? {} : { format: 'text' as const }) })}
                    onDragOver={(event) => event.preventDefault()}
                    onDrop={(event) => {
                      event.preventDefault();
                      void onFile(article, event.dataTransfer.files[0]);
                    }}
                    aria-invalid={Boolean(textIssue)}
                    placeholder="Paste the article here or drop a .txt, .md or .html file; or leave this empty and give the web address, and the page is fetched"
                  />
                  {textIssue && <span className="text-red-700 dark:text-red-300">{textIssue}</span>}
                </label>
                {article.format === 'text' && <FetchInstead text={article.content} onFetch={(url) => update(article.key, { content: '', url })} />}
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  <label className="button cursor-pointer">
                    Choose a file…
                    <input
                      type="file"
                      accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                      className="sr-only"
                      aria-label={`File for article ${index + 1}`}
                      onChange={(event) => void onFile(article, event.target.files?.[0])}
                    />
                  </label>
                  {article.fileName && (
                    <button type="button" className="link" onClick={() => update(article.key, { fileName: null, format: 'text', content: '' })}>
                      Clear {article.fileName}
                    </button>
                  )}
                  {draft.articles.length > 1 && (
                    <button
                      type="button"
                      className="link ml-auto"
                      onClick={() => takeAway({ ...draft, articles: draft.articles.filter((other) => other.key !== article.key) }, `Article ${index + 1} was removed.`)}
                    >
                      Remove article {index + 1}
                    </button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {storageNote && <p className="text-sm text-muted">{storageNote}</p>}
      {undo && (
        <p role="status" className="notice flex flex-wrap items-center gap-3">
          {undo.message}
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(undo.draft);
              setUndo(null);
            }}
          >
            Undo
          </button>
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className="button"
          onClick={() => {
            setUndo(null);
            setDraft({ ...draft, articles: [...draft.articles, emptyArticle()] });
          }}
        >
          Add another article
        </button>
        <button type="submit" className="button border-blue-700 bg-blue-700 text-white hover:bg-blue-800 dark:bg-blue-700" disabled={mutation.isPending}>
          {mutation.isPending ? (draft.articles.some(fetchesPage) ? 'Fetching the pages and saving…' : 'Saving…') : 'Compare these articles'}
        </button>
        <button
          type="button"
          className="link ml-auto text-sm"
          onClick={() => {
            takeAway(emptyDraft(), 'The form was cleared.');
            setFileErrors({});
            mutation.reset();
          }}
        >
          Start over
        </button>
      </div>
    </form>
  );
}

const subscribeNever = () => () => {};

/** The new-story form: articles pasted or dropped, validated by the API, kept in the browser until saved. */
export function NewStoryForm() {
  const inBrowser = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  if (!inBrowser) {
    return (
      <p role="status" className="text-muted">
        Loading the form… (it needs JavaScript)
      </p>
    );
  }
  return (
    <QueryProvider>
      <Form />
    </QueryProvider>
  );
}
