import type { Metadata } from 'next';
import { NotFoundState } from '@/components/not-found-state';

export const metadata: Metadata = { title: 'Story removed', robots: { index: false } };

/**
 * What every page of a removed story shows: the production server's front door renders this page in its
 * place and answers 410 (scripts/front-door.mjs).
 */
export default function RemovedStoryPage() {
  return (
    <NotFoundState title="This story was removed">
      Whoever created the story at this address removed it, with its articles and its claims. Links to it and to its claims no longer lead anywhere.
    </NotFoundState>
  );
}
