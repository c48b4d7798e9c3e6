import { parentPort } from 'node:worker_threads';
import { runAnalysisJob } from './analysis-job';
import type { ThreadReply, ThreadRequest } from './analysis-thread';

/**
 * The analysis thread's entry (started by analysis-thread.ts): runs one job per message, so the engine's
 * CPU time never blocks the server's event loop. An error is answered as data; a job that outlives its
 * time budget or its heap is ended from outside by terminating the thread.
 */
const port = parentPort;
if (!port) throw new Error('analysis-thread-entry runs only as a worker thread');

port.on('message', (request: ThreadRequest) => {
  let reply: ThreadReply;
  try {
    reply = { jobId: request.jobId, ok: true, output: runAnalysisJob(request.input) };
  } catch (error) {
    reply = { jobId: request.jobId, ok: false, error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) } };
  }
  port.postMessage(reply);
});
