import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { context, lesson } from '../../../tests/fixtures/downloads';
import { runJob, type Job } from './jobs';
import { DownloadMaker } from './maker';

const maker = new DownloadMaker(join(import.meta.dirname, 'worker.ts'));
afterAll(() => maker.stop());

const { locale, url, sources } = context('nl');
const { data } = lesson('nl');
const job: Job = { builder: 'worksheet-pdf', format: 'pdf', context: { locale, url, sources }, args: [data.worksheets[0], data.title] };

describe('downloads worker', { timeout: 60_000 }, () => {
  it('makes the same bytes, size and pages as the build thread', async () => {
    const [inWorker, here] = await Promise.all([maker.make(job, 'worksheet'), runJob(job)]);
    expect(Buffer.from(inWorker.bytes).equals(Buffer.from(here.bytes))).toBe(true);
    expect(inWorker.info).toEqual(here.info);
    expect(maker.cpuSeconds).toBeGreaterThan(0);
  });

  it('names the file and its content when a file cannot be made, and goes on with the next', async () => {
    const broken: Job = { builder: 'deck', format: 'pptx', context: job.context, args: [{ ...data, learningGoals: undefined } as unknown as typeof data] };
    const name = '/downloads/nl/lessons/x/signaal-x-dia-s.pptx (made from src/content/lessons/nl/x.mdx)';
    await expect(maker.make(broken, name)).rejects.toThrow(name);
    expect((await maker.make(job, 'worksheet')).info.pages).toBeGreaterThan(0);
  });
});
