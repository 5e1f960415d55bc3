import { Worker } from 'node:worker_threads';
import type { Job, Made } from './jobs';
import type { WorkerReply, WorkerRequest } from './worker';

/** Jobs handed to the worker at once: enough to keep it busy, few enough that copies of entries do not pile up. */
const inFlight = 4;

interface Pending {
  resolve: (made: Made) => void;
  reject: (error: Error) => void;
  /** The file and the content it is made from, for the error message. */
  name: string;
}

/**
 * The build's side of the downloads worker (worker.ts): starts it on the first job, hands it the jobs in the
 * order they come, gives back each file, and turns a failure into an error that names the file and the
 * content it is made from. Stop it when every file is made; a running worker keeps the build's process open.
 */
export class DownloadMaker {
  private worker?: Worker;
  private broken?: Error;
  private readonly pending = new Map<number, Pending>();
  private readonly waiting: (() => void)[] = [];
  private next = 0;
  /** CPU time the worker has used, in seconds. */
  cpuSeconds = 0;

  constructor(private readonly entry: string) {}

  make(job: Job, name: string): Promise<Made> {
    return new Promise((resolve, reject) => {
      const send = () => {
        if (this.broken) return reject(new Error(`${name}: ${this.broken.message}`));
        const id = this.next++;
        this.pending.set(id, { resolve, reject, name });
        this.start().postMessage({ id, job } satisfies WorkerRequest);
      };
      if (this.pending.size < inFlight) send();
      else this.waiting.push(send);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry, { name: 'signaal-downloads' });
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.worker === worker && this.pending.size > 0) this.fail(new Error(`the downloads worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    this.cpuSeconds = Math.max(this.cpuSeconds, reply.cpu / 1e6);
    if ('made' in reply) pending.resolve(reply.made);
    else pending.reject(new Error(`${pending.name}: ${reply.error}`));
    this.waiting.shift()?.();
  }

  /** A worker that fails cannot be trusted with the next job: every job waiting or to come gets the error. */
  private fail(error: Error): void {
    this.broken = error;
    for (const { reject, name } of this.pending.values()) reject(new Error(`${name}: ${error.message}`));
    this.pending.clear();
    for (const send of this.waiting.splice(0)) send();
  }
}
