'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useKeptToken, useTokenFromAddress } from '@/components/tokens/kept-tokens';
import { QueryProvider } from '@/components/query-provider';
import { EditArticles, type EditableArticle } from './edit-articles';
import { editTokenKey, forgetEditToken } from './edit-token';
import { StorySettings } from './story-settings';

interface StoryEditorProps {
  slug: string;
  title: string;
  unlisted: boolean;
  articles: EditableArticle[];
}

/**
 * The edit page's forms, for whoever holds the story's edit token (from its edit link, or kept by the
 * browser that created the story); anyone else is told how editing works here.
 */
export function StoryEditor(props: StoryEditorProps) {
  const { slug } = props;
  useTokenFromAddress(editTokenKey(slug));
  const token = useKeptToken(editTokenKey(slug));
  const [deleted, setDeleted] = useState(false);
  const onDeleted = () => {
    setDeleted(true);
    forgetEditToken(slug);
  };
  if (deleted) {
    return (
      <div role="status" className="notice">
        <p className="font-semibold">The story was deleted.</p>
        <p className="text-sm">
          Its articles and claims are gone; its links now say that it was removed. <Link className="link" href="/">
            All stories
          </Link>
        </p>
      </div>
    );
  }
  if (token === undefined) return <p className="text-sm text-muted">Looking for this story’s edit link in this browser…</p>;
  if (token === null) {
    return (
      <div className="notice max-w-prose">
        <p className="font-semibold">Only whoever holds this story’s edit link can change it.</p>
        <p className="mt-1 text-sm">
          The link is given to whoever creates a story, in the browser they created it in. Open it (it ends in “#key=…”) to edit the story, or{' '}
          <Link className="link" href="/stories/new">
            create a story of your own
          </Link>
          . Anyone can still correct how the claims are grouped, from the story page.
        </p>
      </div>
    );
  }
  return (
    <QueryProvider>
      <div className="grid gap-8">
        <StorySettings slug={slug} title={props.title} unlisted={props.unlisted} token={token} onDeleted={onDeleted} />
        <section aria-labelledby="edit-articles" className="grid gap-4">
          <h2 id="edit-articles" className="text-xl font-semibold">
            The articles
          </h2>
          <EditArticles slug={slug} articles={props.articles} token={token} />
        </section>
      </div>
    </QueryProvider>
  );
}
