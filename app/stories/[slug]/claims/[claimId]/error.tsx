'use client';

import { ErrorState } from '@/components/page-states';

export default function ClaimError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState what="this claim" error={error} reset={reset} />;
}
