'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { QueryProvider } from '@/components/query-provider';
import { ApiError, sendJson } from '@/components/story-form/api';

type Added = { feed: { title: string | null; items: number }; added: boolean };

function Form() {
  const router = useRouter();
  const [url, setUrl] = useState('');
  const mutation = useMutation({
    mutationFn: (address: string) => sendJson<Added>('POST', '/api/feeds', { url: address }),
    onSuccess: () => {
      setUrl('');
      router.refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(url.trim());
  };
  const issue = mutation.error instanceof ApiError ? (mutation.error.issues[0]?.message ?? mutation.error.message) : null;
  return (
    <form onSubmit={submit} className="panel grid gap-3" aria-label="Follow a feed">
      <label className="grid gap-1 text-sm font-medium">
        Feed address (RSS or Atom)
        <input className="input" type="url" value={url} onChange={(event) => setUrl(event.target.value)} placeholder="https://…/rss.xml" aria-invalid={Boolean(issue)} required />
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="button" disabled={mutation.isPending || url.trim() === ''}>
          {mutation.isPending ? 'Reading the feed…' : 'Follow this feed'}
        </button>
        <div aria-live="polite" className="text-sm">
          {issue && (
            <p role="alert" className="text-red-700 dark:text-red-300">
              Not added: {issue}
            </p>
          )}
          {mutation.isSuccess && (
            <p role="status">
              {mutation.data.added ? 'Following' : 'Already following'} {mutation.data.feed.title ?? 'the feed'} ({mutation.data.feed.items} items now). Its items are grouped into
              suggestions in a moment.
            </p>
          )}
        </div>
      </div>
    </form>
  );
}

/** Follow a feed by its address: the API reads it once and says why when it is not a feed. */
export function AddFeedForm() {
  return (
    <QueryProvider>
      <Form />
    </QueryProvider>
  );
}
