import { describe, expect, it } from 'vitest';
import { compareDates, dateParts, dateProblem } from './dates';

describe('content dates', () => {
  it('accepts a day, a month or a year, and keeps the precision', () => {
    expect(dateProblem('2020-02-29')).toBeUndefined();
    expect(dateParts('2016-11')).toEqual({ year: 2016, month: 11, day: undefined, precision: 'month' });
    expect(dateParts('2009').precision).toBe('year');
  });

  it('refuses days that are not in the calendar and text that is not a date', () => {
    expect(dateProblem('2018-02-30')).toBe('"2018-02-30" is not a day in the calendar: February 2018 has 28 days');
    expect(dateProblem('2019-02-29')).toMatch(/February 2019 has 28 days/);
    expect(dateProblem('2018-04-31')).toMatch(/April 2018 has 30 days/);
    expect(dateProblem('2018-1-5')).toMatch(/is not a date: write YYYY-MM-DD/);
    expect(dateProblem('20180101')).toMatch(/is not a date/);
    expect(dateProblem('1850')).toMatch(/outside 1900–2100/);
  });

  it('orders dates of different precision, a year containing its months', () => {
    expect(compareDates('2016', '2016-11')).toBe(0);
    expect(compareDates('2016-10', '2016-11')).toBeLessThan(0);
    expect(compareDates('2022-03-31', '2020-10-01')).toBeGreaterThan(0);
  });
});
