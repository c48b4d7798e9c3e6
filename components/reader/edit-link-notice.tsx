'use client';

import { editLink, editTokenKey, markEditLinkShown, useEditLinkPending } from '@/components/story-form/edit-token';
import { useKeptToken } from '@/components/tokens/kept-tokens';
import { useCopy } from './use-copy';

/**
 * Shown once, in the browser that created the story, until its creator says they have kept it: the
 * link that lets them rename, change or delete the story from anywhere. Nothing shows anywhere else.
 */
export function EditLinkNotice({ slug }: { slug: string }) {
  const token = useKeptToken(editTokenKey(slug));
  const pending = useEditLinkPending(slug);
  if (!pending || !token) return null;
  return <EditLink slug={slug} link={editLink(slug, token)} />;
}

function EditLink({ slug, link }: { slug: string; link: string }) {
  const { copied, copy } = useCopy(link);
  return (
    <section aria-labelledby="edit-link-heading" className="notice mb-4 grid gap-2 print:hidden">
      <h2 id="edit-link-heading" className="font-semibold">
        Keep this story’s edit link
      </h2>
      <p className="text-sm">
        With it you can rename the story, change its articles or delete it from any browser; this one remembers it. It is
        shown only this once and cannot be recovered, and anyone you give it to can change the story too.
      </p>
      <label className="grid gap-1 text-sm">
        Edit link
        <input className="input font-mono text-xs" readOnly value={link} onFocus={(event) => event.target.select()} />
      </label>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy the edit link
        </button>
        <button type="button" className="button" onClick={() => markEditLinkShown(slug)}>
          I have kept it
        </button>
        <span role="status">
          {copied === 'copied' && 'Edit link copied.'}
          {copied === 'failed' && 'Your browser did not allow copying: select the link and copy it.'}
        </span>
      </div>
    </section>
  );
}
