import { describe, expect, it } from 'vitest';
import { allowedNumbers, splitHelpNumbers } from './numbers';

describe('splitHelpNumbers', () => {
  it('finds every help number as written and gives its tel: address', () => {
    expect(splitHelpNumbers('Bel 112 of 0800-7000.')).toEqual([
      { kind: 'text', text: 'Bel ' },
      { kind: 'number', text: '112', href: 'tel:112', line: 'emergency' },
      { kind: 'text', text: ' of ' },
      { kind: 'number', text: '0800-7000', href: 'tel:08007000', line: 'anonymous' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('accepts spaces, hyphens or none between the digits', () => {
    for (const written of ['033 448 11 86', '0334481186', '033-448-11-86', '033\u00a0448\u00a011\u00a086']) {
      expect(splitHelpNumbers(written)).toEqual([{ kind: 'number', text: written, href: 'tel:0334481186', line: 'comensha' }]);
    }
    expect(splitHelpNumbers('0800 5151')[0]).toMatchObject({ kind: 'number', href: 'tel:08005151' });
    expect(splitHelpNumbers('0800-5151')[0]).toMatchObject({ kind: 'number', href: 'tel:08005151' });
  });

  it('leaves numbers that are part of a longer number alone', () => {
    for (const text of ['in 2112', '1120 kinderen', '1.112 mensen', '112,5', '08007000123', 'art. 0800-70001', 'ZIP · 112 kB', 'ZIP · 112 кБ', '112%']) {
      expect(splitHelpNumbers(text), text).toEqual([{ kind: 'text', text }]);
    }
  });

  it('leaves text without a number as one part, and an empty text empty', () => {
    expect(splitHelpNumbers('Geen nummer hier')).toEqual([{ kind: 'text', text: 'Geen nummer hier' }]);
    expect(splitHelpNumbers('')).toEqual([]);
  });

  it('allows exactly the numbers of the help lines', () => {
    expect(allowedNumbers).toContain('033 448 11 86');
    expect(allowedNumbers).toHaveLength(7);
  });
});
