import { describe, expect, it } from 'vitest';
import { newestFirst } from './news-order';

const item = (id: string, date: string) => ({ id, data: { date } });

describe('newestFirst', () => {
  it('puts the newest item first and keeps the input untouched', () => {
    const items = [item('nl/a', '2013-10-18'), item('nl/c', '2022-01-01'), item('nl/b', '2013-10-18')];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['nl/c', 'nl/a', 'nl/b']);
    expect(items[0].id).toBe('nl/a');
  });
});
