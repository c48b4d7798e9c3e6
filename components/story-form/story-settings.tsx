'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ApiError, editHeaders, sendJson } from './api';

/** The story's title and whether it is listed: saved without analysing the story again. */
function TitleAndListing({ slug, title, unlisted, token }: { slug: string; title: string; unlisted: boolean; token: string }) {
  const router = useRouter();
  const [draftTitle, setDraftTitle] = useState(title);
  const [draftUnlisted, setDraftUnlisted] = useState(unlisted);
  const changes = { ...(draftTitle.trim() !== title ? { title: draftTitle.trim() } : {}), ...(draftUnlisted !== unlisted ? { unlisted: draftUnlisted } : {}) };
  const mutation = useMutation({
    mutationFn: () => sendJson('PATCH', `/api/stories/${encodeURIComponent(slug)}`, changes, editHeaders(token)),
    onSuccess: () => router.refresh(),
  });
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(changes).length > 0) mutation.mutate();
  };
  return (
    <form onSubmit={save} className="panel grid gap-3" aria-label="The story">
      <label className="grid gap-1 text-sm">
        Title
        <input className="input" value={draftTitle} onChange={(event) => setDraftTitle(event.target.value)} required maxLength={300} />
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={draftUnlisted} onChange={(event) => setDraftUnlisted(event.target.checked)} />
        <span>
          Unlisted: keep the story off the home page and out of search. Anyone with its link can still read it.
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="button" disabled={mutation.isPending || Object.keys(changes).length === 0}>
          Save the title and listing
        </button>
        <span aria-live="polite" className="text-sm">
          {mutation.isSuccess && Object.keys(changes).length === 0 && <span role="status">Saved.</span>}
          {mutation.error && (
            <span role="alert" className="text-red-700 dark:text-red-300">
              Nothing was changed: {mutation.error instanceof ApiError ? mutation.error.message : 'try again.'}
            </span>
          )}
        </span>
      </div>
    </form>
  );
}

/** Deleting the story, asked twice: it cannot be undone, and every link to the story then says it was removed. */
function DeleteStory({ slug, title, token, onDeleted }: { slug: string; title: string; token: string; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => sendJson('DELETE', `/api/stories/${encodeURIComponent(slug)}`, undefined, editHeaders(token)),
    onSuccess: onDeleted,
  });
  return (
    <section className="panel grid gap-3" aria-labelledby="delete-story">
      <h2 id="delete-story" className="text-lg font-semibold">
        Delete the story
      </h2>
      <p className="text-sm">Deleting removes the story, its articles and its claims for everyone. It cannot be undone; links to it will say it was removed.</p>
      {confirming ? (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            Delete “<bdi>{title}</bdi>” for good?
          </span>
          <button type="button" className="button" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
            Yes, delete the story
          </button>
          <button type="button" className="link" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Delete the story…
          </button>
        </div>
      )}
      {mutation.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          Nothing was deleted: {mutation.error instanceof ApiError ? mutation.error.message : 'try again.'}
        </p>
      )}
    </section>
  );
}

/** The story as a whole: its title, whether it is listed, and deleting it. */
export function StorySettings({ onDeleted, ...story }: { slug: string; title: string; unlisted: boolean; token: string; onDeleted: () => void }) {
  return (
    <div className="grid gap-4">
      <TitleAndListing {...story} />
      <DeleteStory slug={story.slug} title={story.title} token={story.token} onDeleted={onDeleted} />
    </div>
  );
}
