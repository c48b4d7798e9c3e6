import type { Metadata } from 'next';
import { NewStoryForm } from '@/components/story-form/new-story-form';

export const metadata: Metadata = {
  title: 'Compare articles',
  description: 'Paste or drop several articles about one event and compare them claim by claim.',
};

export default function NewStoryPage() {
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-semibold">Compare articles about one event</h1>
      <NewStoryForm />
    </>
  );
}
