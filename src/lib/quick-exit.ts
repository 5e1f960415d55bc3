/**
 * The Shift×3 trigger of the quick exit, as a pure state machine so it can be tested without a browser.
 *
 * A press counts when the last held Shift key is released and no other key went down while Shift was held.
 * So both Shift keys pressed together (a keyboard-layout switch on some systems) are one press, and typing
 * a capital (Shift held while a letter goes down) never counts and starts the count over. Each press must
 * follow the previous one within `windowMs`; any other key starts over.
 */
export const presses = 3;
export const windowMs = 5000;

export interface ShiftCounter {
  /** Clean presses counted so far. */
  count: number;
  /** When the last press was counted (ms). */
  last: number;
  /** The Shift keys held down right now, by `event.code`. */
  held: readonly string[];
  /** Whether another key or a modifier went down while Shift was held: the press then does not count. */
  spoiled: boolean;
}

export type KeyInput = {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  repeat?: boolean;
};

export const initialCounter: ShiftCounter = { count: 0, last: 0, held: [], spoiled: false };

/** Which Shift key an event is about, or `null`. Some virtual keyboards leave `code` empty. */
function shiftOf(event: KeyInput): string | null {
  if (event.code === 'ShiftLeft' || event.code === 'ShiftRight') return event.code;
  return event.key === 'Shift' ? event.code || 'Shift' : null;
}

const withModifier = (event: KeyInput) => Boolean(event.ctrlKey || event.altKey || event.metaKey);

export function keyDown(state: ShiftCounter, event: KeyInput): ShiftCounter {
  const shift = shiftOf(event);
  if (!shift) return { ...initialCounter, held: state.held, spoiled: state.held.length > 0 };
  if (event.repeat) return state;
  return {
    ...state,
    held: state.held.includes(shift) ? state.held : [...state.held, shift],
    spoiled: state.spoiled || withModifier(event),
  };
}

export function keyUp(state: ShiftCounter, event: KeyInput, now: number): ShiftCounter {
  const shift = shiftOf(event);
  if (!shift || !state.held.includes(shift)) return state;
  const held = state.held.filter((code) => code !== shift);
  if (held.length > 0) return { ...state, held };
  if (state.spoiled) return initialCounter;
  const inTime = state.count > 0 && now - state.last <= windowMs;
  return { count: inTime ? state.count + 1 : 1, last: now, held: [], spoiled: false };
}

export function shouldExit(state: ShiftCounter): boolean {
  return state.count >= presses;
}

export function remaining(state: ShiftCounter): number {
  return Math.max(0, presses - state.count);
}
