'use client';

import { useSyncExternalStore } from 'react';
import { useCopy } from './use-copy';

const subscribeNever = () => () => {};

/**
 * The claim's permanent link, and (once JavaScript runs) a button that copies it, saying so in a live
 * region. Without JavaScript, or if the clipboard is refused, the link itself is there to copy.
 */
export function CopyLinkButton({ url }: { url: string }) {
  const { copied, copy } = useCopy(url);
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-3 text-sm">
      <a className="link" href={url}>
        Permanent link
      </a>
      {hydrated && (
        <button type="button" className="button print:hidden" onClick={() => void copy()}>
          Copy link
        </button>
      )}
      <span role="status">
        {copied === 'copied' && 'Link copied.'}
        {copied === 'failed' && 'Your browser did not allow copying: copy the permanent link instead.'}
      </span>
    </span>
  );
}
