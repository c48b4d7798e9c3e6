/**
 * Tells this process's analysis worker that a job was queued, so that it starts the job at once rather
 * than at its next poll (up to a second later). Next bundles the start-up code (instrumentation.ts) apart
 * from the routes, so the two meet on globalThis, not in a module variable. Other app servers find the
 * job at their next poll.
 */
const key = Symbol.for('parallax.analysis-queued');
type GlobalWithListener = typeof globalThis & { [key]?: () => void };

/** Sets (or, with null, clears) what runs when a job is queued in this process. */
export function onAnalysisQueued(listener: (() => void) | null): void {
  const holder = globalThis as GlobalWithListener;
  if (listener) holder[key] = listener;
  else delete holder[key];
}

/** Call after the transaction that queued a job has committed. */
export function analysisQueued(): void {
  (globalThis as GlobalWithListener)[key]?.();
}
