'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError, sendJson } from '@/components/story-form/api';

/** Stops following a feed, after asking once. */
export function RemoveFeedButton({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    try {
      await sendJson('DELETE', `/api/feeds/${id}`);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The feed could not be removed.');
      setBusy(false);
    }
  };
  if (!confirming) {
    return (
      <button type="button" className="link text-sm" onClick={() => setConfirming(true)}>
        Stop following<span className="sr-only"> {name}</span>
      </button>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm">
      Stop following {name} and drop its items?
      <button type="button" className="button" onClick={() => void remove()} disabled={busy}>
        Yes, stop
      </button>
      <button type="button" className="link" onClick={() => setConfirming(false)}>
        Keep it
      </button>
      {error && (
        <span role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}
