import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDatabase } from '@/lib/db';
import { getStoryBySlug } from '@/lib/db/queries/stories';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ slug: string }>;
}

async function loadStory(slug: string) {
  const { db } = await getDatabase();
  return getStoryBySlug(db, slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await loadStory((await params).slug);
  return { title: story?.title ?? 'Story not found' };
}

export default async function StoryPage({ params }: Props) {
  const story = await loadStory((await params).slug);
  if (!story) notFound();
  return (
    <article>
      <h1 className="font-serif text-3xl font-semibold">{story.title}</h1>
      <ul className="mt-6 grid gap-6 md:grid-cols-3" aria-label="Articles">
        {story.articles.map((article) => (
          <li key={article.id} className="rounded border border-zinc-200 p-4 dark:border-zinc-800">
            <h2 className="font-semibold">{article.outlet ?? 'Unknown outlet'}</h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{article.publishedAt ?? 'Date unknown'}</p>
            <bdi className="mt-3 block max-h-96 overflow-auto whitespace-pre-wrap text-sm">{article.source}</bdi>
          </li>
        ))}
      </ul>
    </article>
  );
}
