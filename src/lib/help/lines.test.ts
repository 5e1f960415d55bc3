import { describe, expect, it } from 'vitest';
import { locales } from '../locales';
import { helpLine, helpLineIds, helpLines, telHref, visibleNumber } from './lines';
import { helpOrganisations, helpSituations } from './situations';

/** The numbers CONTENT-GUIDE.md allows, as it writes them (five of its own, two from public-facts.md). */
const guideNumbers = ['112', '0900-8844', '0800-7000', '0800-2000', '0800-0432', '033 448 11 86', '0800 5151'];

describe('help lines', () => {
  it('are exactly the numbers the content guide allows, written as it writes them', () => {
    expect(helpLines.map((l) => l.number).sort()).toEqual([...guideNumbers].sort());
  });

  it('are listed once each, in the order of their ids, with 112 first', () => {
    expect(helpLines.map((l) => l.id)).toEqual([...helpLineIds]);
    expect(helpLines[0].number).toBe('112');
  });

  it('dial the digits of the visible number', () => {
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('0900-8844')).toBe('tel:09008844');
    expect(telHref('033 448 11 86')).toBe('tel:0334481186');
    expect(telHref('0800 5151')).toBe('tel:08005151');
    for (const line of helpLines) expect(telHref(line.number)).toMatch(/^tel:\d{3,10}$/);
  });

  it('show hyphens and spaces that do not break, keeping the digits', () => {
    expect(visibleNumber('0800-7000')).toBe('0800\u20117000');
    expect(visibleNumber('033 448 11 86')).toBe('033\u00a0448\u00a011\u00a086');
    for (const line of helpLines) expect(telHref(visibleNumber(line.number))).toBe(telHref(line.number));
  });

  it('have a name and a text for who it is for in every locale', () => {
    for (const line of helpLines) {
      for (const locale of locales) {
        expect(line.name[locale].trim(), `${line.id} name ${locale}`).not.toBe('');
        expect(line.who[locale].trim(), `${line.id} who ${locale}`).not.toBe('');
      }
    }
  });

  it('call a line free only when it is a free 0800 number', () => {
    for (const line of helpLines) expect(line.cost === 'free', line.id).toBe(line.number.startsWith('0800'));
  });

  it('give opening hours only for the CoMensha helpdesk (from public-facts.md), and 112 for acute danger', () => {
    const withHours = helpLines.filter((l) => l.hours !== null).map((l) => [l.id, l.hours]);
    expect(withHours).toEqual([
      ['emergency', { kind: 'acute' }],
      ['comensha', { kind: 'weekdays', from: '09:00', to: '17:00' }],
    ]);
  });

  it('call a line anonymous only where a source says so', () => {
    expect(helpLines.filter((l) => l.anonymous).map((l) => l.id)).toEqual(['anonymous', 'arbeidsinspectie']);
  });

  it('throws for an unknown id', () => {
    expect(() => helpLine('nope' as never)).toThrow(/nope/);
  });
});

describe('help situations and organisations', () => {
  it('name only known lines, and every line that is not 112 fits at least one situation', () => {
    const used = new Set(helpSituations.flatMap((s) => s.lines));
    expect(helpLineIds.filter((id) => id !== 'emergency' && !used.has(id))).toEqual([]);
    expect(used.has('emergency')).toBe(false);
  });

  it('give a text in every locale for each organisation that has no line of its own', () => {
    for (const organisation of helpOrganisations) {
      if ('who' in organisation) for (const locale of locales) expect(organisation.who[locale].trim()).not.toBe('');
      else expect(helpLineIds).toContain(organisation.line);
    }
  });
});
