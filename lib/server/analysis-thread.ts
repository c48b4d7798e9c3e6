import { Worker } from 'node:worker_threads';
import type { NewsItem } from '@/lib/analysis/event-groups';
import type { AnalysisJobInput, AnalysisJobOutput } from './analysis-job';

/**
 * A job sent to the analysis thread (a story to analyse, or feed items to group by event), or the
 * server's request for the next part of its answer.
 */
export type ThreadRequest = { jobId: number; input: AnalysisJobInput } | { jobId: number; news: NewsItem[] } | { jobId: number; next: true };

/**
 * The thread's answer comes in parts: the claims a batch at a time (`claims`), then the rest of the
 * output without them. The thread sends a part only when the server asks for it, after the server has
 * had a turn of its event loop: Node reads every message already waiting on a port in one go, so
 * batches sent all at once held the server for 440 ms on a story of 86,000 claims.
 */
export type ThreadReply =
  | { jobId: number; ok: true; claims: AnalysisJobOutput['analysis']['claims'] }
  | { jobId: number; ok: true; output: AnalysisJobOutput }
  | { jobId: number; ok: true; groups: number[][] }
  | { jobId: number; ok: false; error: { name: string; message: string } };

type Success = Extract<ThreadReply, { ok: true }>;

/** What one job may use: wall time, and the thread's JavaScript heap. */
export interface AnalysisBudget {
  timeoutMs: number;
  memoryMb: number;
}

/**
 * Why a job's run ended without a result. `message` is a short sentence for the people who follow the
 * job (status route, pages); `detail` is for the log only.
 */
export class AnalysisRunError extends Error {
  override readonly name = 'AnalysisRunError';
  constructor(
    readonly reason: 'timeout' | 'memory' | 'engine' | 'thread' | 'stopped',
    message: string,
    readonly detail: string,
  ) {
    super(message);
  }
}

/**
 * One worker thread per app process that runs the engine, so the event loop that answers requests is
 * never blocked by an analysis. The thread is started on the first job and kept for the next ones (it
 * loads the engine's models once); a job over its time budget is ended by terminating the thread, and
 * one over its memory budget ends it by itself (V8 stops a worker at its heap limit, not the process).
 * Either way the next job gets a fresh thread.
 */
export class AnalysisThread {
  #worker: Worker | null = null;
  #busy = false;
  /** Ends the job in hand when the thread is closed under it. */
  #abandon: (() => void) | null = null;
  #closed = false;

  constructor(private readonly budget: AnalysisBudget) {}

  run(jobId: number, input: AnalysisJobInput): Promise<AnalysisJobOutput> {
    const claims: AnalysisJobOutput['analysis']['claims'] = [];
    return this.#exchange(jobId, { jobId, input }, (reply, worker) => {
      if ('claims' in reply) {
        claims.push(...reply.claims);
        setImmediate(() => worker.postMessage({ jobId, next: true } satisfies ThreadRequest));
        return undefined;
      }
      return 'output' in reply ? { ...reply.output, analysis: { ...reply.output.analysis, claims } } : undefined;
    });
  }

  /** Groups feed items by event (lib/analysis/event-groups.ts) off the event loop, under the same budget. */
  groupNews(jobId: number, news: NewsItem[]): Promise<number[][]> {
    return this.#exchange(jobId, { jobId, news }, (reply) => ('groups' in reply ? reply.groups : undefined));
  }

  /**
   * Sends one job and waits for its answer: `accept` reads each successful part and returns the result
   * once it is whole. The thread runs one job at a time; the budget's time and heap hold for each.
   */
  #exchange<T>(jobId: number, request: ThreadRequest, accept: (reply: Success, worker: Worker) => T | undefined): Promise<T> {
    if (this.#closed) return Promise.reject(new AnalysisRunError('stopped', 'The server stopped during the analysis.', 'thread closed'));
    if (this.#busy) return Promise.reject(new Error('the analysis thread runs one job at a time'));
    this.#busy = true;
    const worker = (this.#worker ??= this.#spawn());
    worker.ref();
    return new Promise<T>((resolve, reject) => {
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        this.#abandon = null;
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        // An idle thread must not keep the process alive (tests, shut-down).
        worker.unref();
        this.#busy = false;
        outcome();
      };
      const timer = setTimeout(() => {
        finish(() => reject(new AnalysisRunError('timeout', `The analysis took longer than ${seconds(this.budget.timeoutMs)} and was stopped.`, 'time budget exceeded')));
        this.#discard(worker);
      }, this.budget.timeoutMs);
      const onMessage = (reply: ThreadReply) => {
        if (reply.jobId !== jobId) return;
        if (!reply.ok) {
          finish(() => reject(new AnalysisRunError('engine', `The analysis engine stopped with an error (${reply.error.name}).`, `${reply.error.name}: ${reply.error.message}`)));
          return;
        }
        const result = accept(reply, worker);
        if (result !== undefined) finish(() => resolve(result));
      };
      const onError = (error: Error & { code?: string }) => {
        this.#forget(worker);
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          finish(() => reject(new AnalysisRunError('memory', `The analysis needed more than ${this.budget.memoryMb.toLocaleString('en')} MB of memory and was stopped.`, error.message)));
        } else {
          // An error thrown outside a job's try (the thread failed to start or to load the engine).
          finish(() => reject(new AnalysisRunError('thread', 'The analysis thread stopped unexpectedly.', `${error.name}: ${error.message}`)));
        }
      };
      const onExit = (code: number) => {
        this.#forget(worker);
        finish(() => reject(new AnalysisRunError('thread', 'The analysis thread stopped unexpectedly.', `exit code ${code}`)));
      };
      this.#abandon = () => finish(() => reject(new AnalysisRunError('stopped', 'The server stopped during the analysis.', 'thread closed')));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(request);
    });
  }

  /** Starts the thread ahead of the first job, which then finds the engine loaded (see the entry's warm-up). */
  start(): void {
    if (!this.#closed) this.#worker ??= this.#spawn();
  }

  /** Stops the thread; a job in hand is abandoned (its promise rejects with reason "stopped"). */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    this.#worker = null;
    this.#abandon?.();
    await worker?.terminate();
  }

  #spawn(): Worker {
    const options = { resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb } };
    // Next inlines NEXT_RUNTIME when it bundles the server (it is not configuration, see
    // instrumentation.ts). There, this literal `new Worker(new URL(…, import.meta.url))` is what its
    // bundler recognises: it compiles the entry and all it imports into a worker chunk of its own.
    // Run from the sources instead (vitest, tsx scripts), the thread loads the TypeScript entry through
    // tsx, which Node 20 cannot do by itself.
    const worker =
      process.env.NEXT_RUNTIME === 'nodejs'
        ? new Worker(new URL('./analysis-thread-entry.ts', import.meta.url), options)
        : new Worker(fromSources(new URL('./analysis-thread-entry.ts', import.meta.url).href), { ...options, eval: true });
    worker.unref();
    return worker;
  }

  #forget(worker: Worker): void {
    if (this.#worker === worker) this.#worker = null;
  }

  #discard(worker: Worker): void {
    this.#forget(worker);
    void worker.terminate();
  }
}

/** A thread script that registers tsx's loader, then imports the TypeScript entry. */
function fromSources(entry: string): string {
  return `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000).toLocaleString('en')} s`;
}
