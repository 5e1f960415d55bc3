import { parentPort } from 'node:worker_threads';
import type { Job, Made } from './jobs.ts';
import { allowImportsWithoutExtension } from './ts-imports.ts';

/**
 * The downloads worker: a thread that makes the files the build asks for (see jobs.ts), one after another
 * in the order asked, and answers each with its bytes, size and pages. Inside the build's own thread the
 * same files cost several times more CPU, because garbage collection there has the renderer's large heap to
 * go through; here the heap holds only the documents being made. Node runs this TypeScript
 * as it is (see ts-imports.ts).
 */

/** A request: make the file of `job`; `id` ties the answer to it. */
export interface WorkerRequest {
  id: number;
  job: Job;
}

/** An answer: the file, or why it could not be made; `cpu` is this thread's CPU time so far, in µs. */
export type WorkerReply = { id: number; cpu: number } & ({ made: Made } | { error: string });

allowImportsWithoutExtension();

const { runJob } = await import('./jobs.ts');
const port = parentPort;
if (!port) throw new Error('src/lib/downloads/worker.ts runs as a worker thread of the build, not on its own');

const cpu = () => {
  const used = process.threadCpuUsage();
  return used.user + used.system;
};

let queue = Promise.resolve();
port.on('message', ({ id, job }: WorkerRequest) => {
  queue = queue.then(async () => {
    let reply: WorkerReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const made = await runJob(job);
      reply = { id, made, cpu: cpu() };
      // A file that owns its whole buffer moves to the build's thread instead of being copied.
      const { buffer, byteOffset, byteLength } = made.bytes;
      if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) transfer = [buffer];
    } catch (error) {
      reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error), cpu: cpu() };
    }
    port.postMessage(reply, transfer);
  });
});
