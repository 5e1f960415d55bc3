import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Job, Made } from './jobs';
import type { WorkerReply, WorkerRequest } from './worker';

/** Jobs handed to one worker at once: enough to keep it busy, few enough that copies of entries do not pile up. */
const inFlight = 4;

/**
 * Workers at most: the build's own thread mostly waits while the files are made, so two workers keep two
 * cores busy; more would only share them.
 */
const maxWorkers = 2;

/**
 * The young generation of a worker's heap, in MB. A document makes many short-lived objects; with more room
 * for them fewer survive to be copied, which saved about 5% of a worker's CPU time.
 */
const youngGenerationMb = 64;

/** How a downloads worker is started: also by scripts/bench-downloads.ts, so it measures the same thread. */
export const workerOptions = { name: 'signaal-downloads', resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } };

interface Pending {
  resolve: (made: Made) => void;
  reject: (error: Error) => void;
  /** The file and the content it is made from, for the error message. */
  name: string;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** CPU time the worker has used, in µs. */
  cpu: number;
}

/**
 * The build's side of the downloads workers (worker.ts): starts them on the first job, hands each job to
 * the least busy one, gives back each file, and turns a failure into an error that names the file and the
 * content it is made from. Which worker makes a file does not change its bytes: a worker's shared caches
 * only save work. Stop the workers when every file is made; a running worker keeps the build's process open.
 */
export class DownloadMaker {
  private readonly threads: Thread[] = [];
  private broken?: Error;
  private readonly waiting: (() => void)[] = [];
  private next = 0;
  private readonly entry: string;
  private readonly workers: number;

  constructor(entry: string, workers = Math.min(maxWorkers, availableParallelism())) {
    this.entry = entry;
    this.workers = workers;
  }

  /** CPU time the workers have used, in seconds. */
  get cpuSeconds(): number {
    return this.threads.reduce((total, thread) => total + thread.cpu, 0) / 1e6;
  }

  make(job: Job, name: string): Promise<Made> {
    return new Promise((resolve, reject) => {
      const send = () => {
        if (this.broken) return reject(new Error(`${name}: ${this.broken.message}`));
        const thread = this.leastBusy();
        if (thread.pending.size >= inFlight) return this.waiting.push(send);
        const id = this.next++;
        thread.pending.set(id, { resolve, reject, name });
        thread.worker.postMessage({ id, job } satisfies WorkerRequest);
      };
      send();
    });
  }

  async stop(): Promise<void> {
    const threads = this.threads.splice(0);
    await Promise.all(threads.map(({ worker }) => worker.terminate()));
  }

  private leastBusy(): Thread {
    if (this.threads.length < this.workers) return this.start();
    return this.threads.reduce((least, thread) => (thread.pending.size < least.pending.size ? thread : least));
  }

  private start(): Thread {
    const worker = new Worker(this.entry, workerOptions);
    const thread: Thread = { worker, pending: new Map(), cpu: 0 };
    worker.on('message', (reply: WorkerReply) => this.settle(thread, reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.threads.includes(thread) && thread.pending.size > 0) this.fail(new Error(`a downloads worker stopped (exit code ${code})`));
    });
    this.threads.push(thread);
    return thread;
  }

  private settle(thread: Thread, reply: WorkerReply): void {
    const pending = thread.pending.get(reply.id);
    if (!pending) return;
    thread.pending.delete(reply.id);
    thread.cpu = Math.max(thread.cpu, reply.cpu);
    if ('made' in reply) pending.resolve(reply.made);
    else pending.reject(new Error(`${pending.name}: ${reply.error}`));
    this.waiting.shift()?.();
  }

  /** A worker that fails cannot be trusted with the next job: every job waiting or to come gets the error. */
  private fail(error: Error): void {
    this.broken = error;
    for (const thread of this.threads) {
      for (const { reject, name } of thread.pending.values()) reject(new Error(`${name}: ${error.message}`));
      thread.pending.clear();
    }
    for (const send of this.waiting.splice(0)) send();
  }
}
