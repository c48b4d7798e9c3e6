'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError, sendJson } from '@/components/story-form/api';
import { rememberEditToken } from '@/components/story-form/edit-token';

export interface SuggestedArticle {
  url: string;
  outlet: string | null;
  title: string;
}

type Created = { slug: string; url: string; editToken: string };

/**
 * Creates the comparison from a suggestion: each item's page is fetched by the server as for any article
 * given by its address, and the story opens (its page follows the analysis).
 */
export function CompareSuggestionButton({ title, articles }: { title: string; articles: SuggestedArticle[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = { title: title.slice(0, 300), articles: articles.map((article) => ({ url: article.url, ...(article.outlet ? { outlet: article.outlet.slice(0, 200) } : {}), title: article.title.slice(0, 500) })) };
      const created = await sendJson<Created>('POST', '/api/stories', body);
      rememberEditToken(created.slug, created.editToken);
      router.push(created.url);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The comparison could not be created.');
      setBusy(false);
    }
  };
  return (
    <div className="grid gap-2">
      <button type="button" className="button justify-self-start border-blue-700 bg-blue-700 text-white hover:bg-blue-800 dark:bg-blue-700" onClick={() => void create()} disabled={busy}>
        {busy ? 'Fetching the articles…' : `Compare these ${articles.length} articles`}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
