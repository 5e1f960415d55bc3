import { expect, it } from 'vitest';
import { en } from './ui/en';
import { nl } from './ui/nl';
import { uk } from './ui/uk';

it('every locale has every key of nl, and no empty string', () => {
  for (const dictionary of [en, uk]) {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.entries(dictionary).filter(([, v]) => v.trim() === '')).toEqual([]);
  }
});

it('Ukrainian strings use Ukrainian letters, not Russian ones', () => {
  expect(Object.entries(uk).filter(([, v]) => /[ыъэё]/i.test(v))).toEqual([]);
});
