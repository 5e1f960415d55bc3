import type { CollectionEntry } from 'astro:content';

type Step = CollectionEntry<'lessons'>['data']['steps'][number];
export type Phase = Step['phase'];

export interface TimedStep extends Step {
  /** Minutes from the start of the lesson when the step begins and ends. */
  start: number;
  end: number;
}

export interface PhaseGroup {
  phase: Phase;
  minutes: number;
  steps: TimedStep[];
}

/**
 * The lesson plan as phases (starter, main, closing) with each step's start and end in minutes. Steps keep
 * the order they are written in; consecutive steps of the same phase form one group.
 */
export function planByPhase(steps: Step[]): PhaseGroup[] {
  const groups: PhaseGroup[] = [];
  let clock = 0;
  for (const step of steps) {
    const timed = { ...step, start: clock, end: clock + step.minutes };
    clock = timed.end;
    const last = groups.at(-1);
    if (last && last.phase === step.phase) {
      last.steps.push(timed);
      last.minutes += step.minutes;
    } else {
      groups.push({ phase: step.phase, minutes: step.minutes, steps: [timed] });
    }
  }
  return groups;
}

/** Total minutes of all steps. */
export function planMinutes(steps: Pick<Step, 'minutes'>[]): number {
  return steps.reduce((sum, s) => sum + s.minutes, 0);
}
