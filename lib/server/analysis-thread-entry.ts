import { parentPort } from 'node:worker_threads';
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

port.on('message', (request: ThreadRequest) => {
  let output: AnalysisJobOutput;
  try {
    output = runAnalysisJob(request.input);
  } catch (error) {
    const reply: ThreadReply = { jobId: request.jobId, ok: false, error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) } };
    port.postMessage(reply);
    return;
  }
  // The claims in batches, then the rest (see ThreadReply).
  const { claims } = output.analysis;
  for (let start = 0; start < claims.length; start += CLAIMS_PER_MESSAGE) {
    port.postMessage({ jobId: request.jobId, ok: true, claims: claims.slice(start, start + CLAIMS_PER_MESSAGE) } satisfies ThreadReply);
  }
  port.postMessage({ jobId: request.jobId, ok: true, output: { ...output, analysis: { ...output.analysis, claims: [] } } } satisfies ThreadReply);
});
