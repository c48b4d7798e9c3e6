'use client';

import { ErrorState } from '@/components/page-states';

export default function ArticleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState what="this article" error={error} reset={reset} />;
}
