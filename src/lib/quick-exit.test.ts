import { describe, expect, it } from 'vitest';
import { initialCounter, keyDown, keyUp, remaining, shouldExit, windowMs, type KeyInput, type ShiftCounter } from './quick-exit';

const left = { key: 'Shift', code: 'ShiftLeft' };
const right = { key: 'Shift', code: 'ShiftRight' };

/** One tap of a key: down, then up at `now`. */
const tap = (state: ShiftCounter, key: KeyInput, now: number) => keyUp(keyDown(state, key), key, now);

describe('quick exit Shift counter', () => {
  it('fires on the third clean Shift press within the window', () => {
    let state = tap(initialCounter, left, 0);
    state = tap(state, right, 1000);
    expect(shouldExit(state)).toBe(false);
    expect(remaining(state)).toBe(1);
    state = tap(state, left, 2000);
    expect(shouldExit(state)).toBe(true);
  });

  it('counts a press on release, not on key down', () => {
    const down = keyDown(initialCounter, left);
    expect(down.count).toBe(0);
    expect(keyUp(down, left, 0).count).toBe(1);
  });

  it('counts both Shift keys held together as one press, released in either order', () => {
    let state = keyDown(keyDown(initialCounter, left), right);
    state = keyUp(state, left, 10);
    expect(state.count).toBe(0);
    state = keyUp(state, right, 20);
    expect(state.count).toBe(1);
    state = keyDown(keyDown(state, right), left);
    state = keyUp(keyUp(state, right, 30), left, 40);
    expect(state.count).toBe(2);
    expect(shouldExit(state)).toBe(false);
  });

  it('never counts Shift used to type a capital, and starts over', () => {
    let state = tap(tap(initialCounter, left, 0), left, 10);
    state = keyDown(state, left);
    state = keyDown(state, { key: 'A', code: 'KeyA' });
    state = keyUp(state, { key: 'A', code: 'KeyA' }, 20);
    state = keyUp(state, left, 30);
    expect(state.count).toBe(0);
    expect(shouldExit(state)).toBe(false);
    expect(tap(state, left, 40).count).toBe(1);
  });

  it('does not let a long run of typed capitals add up', () => {
    let state = initialCounter;
    for (let i = 0; i < 5; i++) {
      state = keyDown(state, left);
      state = tap(state, { key: 'B', code: 'KeyB' }, i);
      state = keyUp(state, left, i);
    }
    expect(state.count).toBe(0);
  });

  it('ignores autorepeat while Shift is held: one long press is one press', () => {
    let state = keyDown(initialCounter, left);
    for (let i = 0; i < 10; i++) state = keyDown(state, { ...left, repeat: true });
    state = keyUp(state, left, 500);
    expect(state.count).toBe(1);
  });

  it('does not count Shift with Ctrl, Alt or Meta', () => {
    const two = tap(tap(initialCounter, left, 0), left, 10);
    expect(tap(two, { ...left, ctrlKey: true }, 20)).toEqual(initialCounter);
    expect(tap(two, { ...left, metaKey: true }, 20)).toEqual(initialCounter);
    let state = keyDown(two, { key: 'Control', code: 'ControlLeft' });
    state = tap(state, { ...left, ctrlKey: true }, 20);
    expect(state.count).toBe(0);
  });

  it('starts over on any other key between presses', () => {
    const two = tap(tap(initialCounter, left, 0), left, 10);
    const reset = tap(two, { key: 'a', code: 'KeyA' }, 20);
    expect(reset.count).toBe(0);
    expect(tap(reset, left, 30).count).toBe(1);
  });

  it('starts over when a press comes too late, and allows exactly the window', () => {
    expect(tap(tap(initialCounter, left, 0), left, windowMs + 1).count).toBe(1);
    let state = tap(initialCounter, left, 0);
    state = tap(state, left, windowMs);
    state = tap(state, left, 2 * windowMs);
    expect(shouldExit(state)).toBe(true);
  });

  it('ignores a Shift release whose key went down before the page had focus', () => {
    expect(keyUp(initialCounter, left, 0)).toEqual(initialCounter);
  });

  it('accepts a Shift key without a code, as some virtual keyboards send', () => {
    let state = initialCounter;
    for (let i = 0; i < 3; i++) state = tap(state, { key: 'Shift', code: '' }, i);
    expect(shouldExit(state)).toBe(true);
  });
});
