import { describe, expect, it } from 'vitest';
import { unlinkedHelpNumbers } from './unlinked';

describe('unlinkedHelpNumbers', () => {
  it('finds help numbers in page text that are not tel: links', () => {
    expect(unlinkedHelpNumbers('<body><p>Bel 112 of <a href="tel:08007000">0800-7000</a>, of 0800 5151.</p></body>')).toEqual(['112', '0800 5151']);
  });

  it('accepts numbers inside a tel: link, also nested in other markup', () => {
    expect(unlinkedHelpNumbers('<p><a href="tel:0334481186"><strong>033 448 11 86</strong></a></p>')).toEqual([]);
  });

  it('flags a link to another page or a tel: link that dials another number', () => {
    expect(unlinkedHelpNumbers('<a href="/help/">112</a><a href="tel:112">0800-2000</a>')).toEqual(['112', '0800-2000']);
  });

  it('ignores the head, scripts and styles, and numbers within longer numbers', () => {
    expect(unlinkedHelpNumbers('<html><head><title>112</title></head><body><script>const a = 112;</script><p>In 2112 waren er 1.112.</p></body></html>')).toEqual([]);
  });
});
