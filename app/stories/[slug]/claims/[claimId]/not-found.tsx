'use client';

import { NotFoundState } from '@/components/not-found-state';
import { useStory } from '@/components/reader/story-context';

export default function ClaimNotFound() {
  const story = useStory();
  return (
    <>
      <title>{story ? `Claim not found in “${story.title}” · Parallax` : 'Claim not found · Parallax'}</title>
      <NotFoundState title="Claim not found" back={story ? { href: `/stories/${story.slug}`, label: `Back to “${story.title}”` } : undefined}>
        {story ? <>The story “<bdi>{story.title}</bdi>” has no claim with this link.</> : 'This story has no claim with this link.'} If the link is old,
        the articles may have been edited so that the claim no longer exists; the story itself may still have it in other words.
      </NotFoundState>
    </>
  );
}
