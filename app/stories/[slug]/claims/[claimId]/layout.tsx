import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { StoryProvider } from '@/components/reader/story-context';
import { loadStory } from '@/lib/server/reader';

/**
 * Gives the claim's not-found page its story (Next passes not-found pages no params): a link that no
 * longer leads to a claim still names the story it came from and leads back to it. loadStory is cached
 * per request, so the page reads the same story.
 */
export default async function ClaimLayout({ params, children }: { params: Promise<{ slug: string }>; children: ReactNode }) {
  const story = await loadStory((await params).slug);
  if (!story) notFound();
  return <StoryProvider value={{ slug: story.slug, title: story.title }}>{children}</StoryProvider>;
}
