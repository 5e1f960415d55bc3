// Runs one command under GNU time, for the build benchmarks: wall seconds, CPU seconds of the command and all
// its children (user + system), and peak memory.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Timed {
  seconds: number;
  cpu: number;
  peakMB: number;
}

/** Runs `command` in `dir`, its output appended to `log`; throws, naming the log, when it fails. */
export function timed(dir: string, log: string, command: string[]): Timed {
  const fd = openSync(log, 'a');
  // node_modules/.bin first, as `npm run` does, so the project's own Node runs.
  const env = { ...process.env, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}` };
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M %U %S', ...command], { cwd: dir, env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const times = [...readFileSync(log, 'utf8').matchAll(/TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/g)];
  const time = times[times.length - 1];
  if (run.status !== 0 || !time) throw new Error(`${command.join(' ')} failed in ${dir}; log: ${log}`);
  return { seconds: Number(time[1]), cpu: Number(time[3]) + Number(time[4]), peakMB: Math.round(Number(time[2]) / 1024) };
}
