/** A quiet placeholder with the shape of the page to come, announced to screen readers. */
export function LoadingState({ what }: { what: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Loading {what}…</span>
      <div className="h-8 w-2/3 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="mt-4 h-4 w-1/2 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="mt-8 grid gap-3">
        {[0, 1, 2, 3].map((row) => (
          <div key={row} className="h-16 rounded bg-zinc-100 dark:bg-zinc-900" />
        ))}
      </div>
    </div>
  );
}
