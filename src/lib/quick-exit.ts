/**
 * The Shift×3 trigger of the quick exit, as a pure state machine so it can be tested without a browser.
 * Each Shift press must follow the previous one within `windowMs`; any other key starts over.
 */
export const presses = 3;
export const windowMs = 5000;

export interface ShiftCounter {
  count: number;
  last: number;
}

export type KeyInput = { key: string; shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean; repeat?: boolean };

export const initialCounter: ShiftCounter = { count: 0, last: 0 };

export function isLoneShift(event: KeyInput): boolean {
  return event.key === 'Shift' && !event.ctrlKey && !event.altKey && !event.metaKey && !event.repeat;
}

export function press(state: ShiftCounter, event: KeyInput, now: number): ShiftCounter {
  if (!isLoneShift(event)) return initialCounter;
  const inTime = state.count > 0 && now - state.last <= windowMs;
  return { count: inTime ? state.count + 1 : 1, last: now };
}

export function shouldExit(state: ShiftCounter): boolean {
  return state.count >= presses;
}

export function remaining(state: ShiftCounter): number {
  return Math.max(0, presses - state.count);
}
