import { z } from 'astro/zod';
import { dateProblem } from './dates';

/** The message for any value that is not a content date: a wrong type, or a text that is no date. */
export const dateMessage = (input: unknown) => (typeof input === 'string' ? (dateProblem(input) ?? '') : typeMessage(input));

const typeMessage = (input: unknown) =>
  input === undefined
    ? 'is missing: write a date as YYYY-MM-DD (or YYYY-MM, YYYY)'
    : input instanceof Date
      ? 'must be written as text in quotes, such as "2013-10-18"'
      : typeof input === 'number' && Number.isInteger(input) && input >= 1000 && input <= 9999
        ? `write the year in quotes, "${input}", so that it is read as a date`
        : `${JSON.stringify(input)} is not a date: write it as text, such as "2013-10-18", "2016-11" or "2009"`;

/** A calendar date as text with the precision that is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const contentDate = z
  .string({ error: (issue) => typeMessage(issue.input) })
  .superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export type ContentDate = z.output<typeof contentDate>;
