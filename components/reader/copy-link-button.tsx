'use client';

import { useState } from 'react';

/** Copies the page's permanent link; says so in a live region, and shows the link to copy by hand if the clipboard is refused. */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2 print:hidden">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="text-sm">
        {state === 'copied' && 'Link copied.'}
        {state === 'failed' && (
          <>
            Copy this link: <input readOnly value={url} aria-label="Link to this claim" className="input w-80" onFocus={(event) => event.target.select()} />
          </>
        )}
      </span>
    </span>
  );
}
