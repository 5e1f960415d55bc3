import { describe, expect, it } from 'vitest';
import { initialCounter, press, remaining, shouldExit, windowMs } from './quick-exit';

const shift = { key: 'Shift' };

describe('quick exit Shift counter', () => {
  it('fires on the third Shift press within the window', () => {
    let state = press(initialCounter, shift, 0);
    state = press(state, shift, 1000);
    expect(shouldExit(state)).toBe(false);
    expect(remaining(state)).toBe(1);
    state = press(state, shift, 2000);
    expect(shouldExit(state)).toBe(true);
  });

  it('starts over when a press comes too late', () => {
    let state = press(initialCounter, shift, 0);
    state = press(state, shift, windowMs + 1);
    expect(state.count).toBe(1);
  });

  it('allows each press up to the window after the previous one', () => {
    let state = press(initialCounter, shift, 0);
    state = press(state, shift, windowMs);
    state = press(state, shift, 2 * windowMs);
    expect(shouldExit(state)).toBe(true);
  });

  it('resets on any other key, and on Shift used with another modifier or held down', () => {
    const two = press(press(initialCounter, shift, 0), shift, 10);
    expect(press(two, { key: 'a' }, 20)).toEqual(initialCounter);
    expect(press(two, { key: 'Shift', ctrlKey: true }, 20)).toEqual(initialCounter);
    expect(press(two, { key: 'Shift', repeat: true }, 20)).toEqual(initialCounter);
  });
});
