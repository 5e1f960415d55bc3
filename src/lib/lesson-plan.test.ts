import { describe, expect, it } from 'vitest';
import { planByPhase, planMinutes } from './lesson-plan';

const step = (phase: 'starter' | 'main' | 'closing', minutes: number, title: string = phase) => ({ phase, minutes, title, teacher: 't', students: 's' });

describe('planByPhase', () => {
  it('groups consecutive steps by phase with a running time', () => {
    const groups = planByPhase([step('starter', 8), step('main', 12, 'a'), step('main', 15, 'b'), step('closing', 7)]);
    expect(groups.map((g) => [g.phase, g.minutes])).toEqual([['starter', 8], ['main', 27], ['closing', 7]]);
    expect(groups[1].steps.map((s) => [s.title, s.start, s.end])).toEqual([['a', 8, 20], ['b', 20, 35]]);
    expect(groups[2].steps[0]).toMatchObject({ start: 35, end: 42 });
  });

  it('keeps the written order when a phase comes back', () => {
    expect(planByPhase([step('main', 5), step('closing', 5), step('main', 5)]).map((g) => g.phase)).toEqual(['main', 'closing', 'main']);
  });

  it('adds up the minutes', () => {
    expect(planMinutes([step('starter', 8), step('main', 42)])).toBe(50);
  });
});
