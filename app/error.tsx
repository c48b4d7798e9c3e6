'use client';

import { ErrorState } from '@/components/page-states';

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState what="this page" error={error} reset={reset} />;
}
