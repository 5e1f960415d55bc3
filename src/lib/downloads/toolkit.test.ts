import { describe, expect, it } from 'vitest';
import { buildToolkit } from './toolkit';
import { context, pdfInfo, pdfText, signal, toolkit } from '../../../tests/fixtures/downloads';

describe('toolkit', { timeout: 60_000 }, () => {
  it('has key messages, its signal cards, the checklist, support and partners', async () => {
    const { data, body } = toolkit('en');
    const signals = data.signals.map(({ id }) => signal('en', id.split('/')[1]));
    const bytes = await buildToolkit(data, body, signals, ['Rode Kruis', 'Fier'], context('en'));
    const info = await pdfInfo(bytes);
    expect(info.title).toBe(data.title);
    expect(info.lang).toBe('en-GB');
    const text = await pdfText(bytes);
    for (const part of ['Key messages', data.keyMessages[0], 'Checklist', data.checklist.ask[0], data.checklist.record[0], data.checklist.involve[0], 'Rode Kruis', ...signals.map((s) => s.title)]) {
      expect(text).toContain(part);
    }
  });

  it('is Cyrillic in Ukrainian and byte-identical when built twice', async () => {
    const { data, body } = toolkit('uk');
    const signals = data.signals.map(({ id }) => signal('uk', id.split('/')[1]));
    const a = await buildToolkit(data, body, signals, [], context('uk'));
    const b = await buildToolkit(data, body, signals, [], context('uk'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(await pdfText(a)).toContain(data.keyMessages[0].slice(0, 40));
  });
});
