'use client';

import Link from 'next/link';

/** What every error.tsx shows: what happened in plain words, a retry, and a way back. */
export function ErrorState({ what, error, reset }: { what: string; error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-prose">
      <h1 className="text-2xl font-semibold">Something went wrong showing {what}</h1>
      <p className="mt-2">This is our fault, not yours. Try again; if it keeps happening, the server log has the details{error.digest ? ` (reference ${error.digest})` : ''}.</p>
      <p className="mt-4 flex gap-4">
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
        <Link className="link self-center" href="/">
          All stories
        </Link>
      </p>
    </div>
  );
}
