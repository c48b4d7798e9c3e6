'use client';

import { ErrorState } from '@/components/page-states';

export default function StoryError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState what="this story" error={error} reset={reset} />;
}
