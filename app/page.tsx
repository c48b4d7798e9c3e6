import { StoryList } from '@/components/story/story-list';
import { getDatabase } from '@/lib/db';
import { listStories } from '@/lib/db/queries/stories';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const { db } = await getDatabase();
  const stories = await listStories(db);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Stories</h1>
      <StoryList stories={stories} />
    </>
  );
}
