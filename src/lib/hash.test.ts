import { describe, expect, it } from 'vitest';
import { sha256Parts } from './hash';

describe('sha256Parts', () => {
  it('is the SHA-256 of the parts, each ended by a NUL', () => {
    expect(sha256Parts('a')).toBe('ffe9aaeaa2a2d5048174df0b80599ef0197ec024c4b051bc9860cff58ef7f9f3');
    expect(sha256Parts('ab', new TextEncoder().encode('c'))).toBe('629c2f14f654f026086f2aefe1855533d0897f49df86a19073be17b237361b09');
  });

  it('keeps the parts apart', () => {
    expect(sha256Parts('ab', 'c')).not.toBe(sha256Parts('a', 'bc'));
  });
});
