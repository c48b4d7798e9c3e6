import { parentPort } from 'node:worker_threads';
import { groupByEvent, readNewsItem } from '@/lib/analysis/event-groups';
import { runAnalysisJob, type AnalysisJobOutput } from './analysis-job';
import type { ThreadReply, ThreadRequest } from './analysis-thread';

/** Claims per message of the answer (see ThreadReply): each is read by the server in a few milliseconds. */
const CLAIMS_PER_MESSAGE = 2_000;

/**
 * The analysis thread's entry (started by analysis-thread.ts): runs one job per message, so the engine's
 * CPU time never blocks the server's event loop. An error is answered as data; a job that outlives its
 * time budget or its heap is ended from outside by terminating the thread.
 */
const port = parentPort;
if (!port) throw new Error('analysis-thread-entry runs only as a worker thread');

// The engine reads its lexicons and models on first use, and V8 compiles it as it runs: one small
// analysis as the thread starts spares the first story that (0.7 s of 5 s on the 86,000-paragraph page).
runAnalysisJob({
  storyId: 0,
  corrections: [],
  articles: [
    { id: 'a', outlet: null, text: 'The embassy told staff to leave Kyiv on Monday, officials said. About 100,000 troops are near the border.' },
    { id: 'b', outlet: null, text: 'Officials said on Monday that embassy staff were told to leave Kiev. Some 100,000 soldiers may be near the border.' },
  ],
});

/** The parts of the answer to the job in hand not yet sent, sent one per request of the server. */
let pending: { jobId: number; parts: ThreadReply[] } | null = null;

port.on('message', (request: ThreadRequest) => {
  if ('next' in request) {
    const part = pending?.jobId === request.jobId ? pending.parts.shift() : undefined;
    if (pending?.parts.length === 0) pending = null;
    if (part) port.postMessage(part);
    return;
  }
  pending = null;
  if ('news' in request) {
    try {
      port.postMessage({ jobId: request.jobId, ok: true, groups: groupByEvent(request.news.map((item) => readNewsItem(item))) } satisfies ThreadReply);
    } catch (error) {
      port.postMessage(failure(request.jobId, error));
    }
    return;
  }
  let output: AnalysisJobOutput;
  try {
    output = runAnalysisJob(request.input);
  } catch (error) {
    port.postMessage(failure(request.jobId, error));
    return;
  }
  // The claims in batches, then the rest (see ThreadReply).
  const { claims } = output.analysis;
  const parts: ThreadReply[] = [];
  for (let start = 0; start < claims.length; start += CLAIMS_PER_MESSAGE) {
    parts.push({ jobId: request.jobId, ok: true, claims: claims.slice(start, start + CLAIMS_PER_MESSAGE) });
  }
  parts.push({ jobId: request.jobId, ok: true, output: { ...output, analysis: { ...output.analysis, claims: [] } } });
  pending = { jobId: request.jobId, parts };
  port.postMessage(parts.shift() as ThreadReply);
});

function failure(jobId: number, error: unknown): ThreadReply {
  return { jobId, ok: false, error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) } };
}
