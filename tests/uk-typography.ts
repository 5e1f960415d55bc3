/**
 * Typography the Ukrainian pages share, so that one page does not read differently from the next:
 * the dash between words is an em dash with spaces (a name keeps its own dash), and a number is
 * written as `Intl.NumberFormat('uk')` writes it (no-break space between thousands, comma decimal).
 */
const namesWithDash = ['Defence for Children – ECPAT'];
const ukNumber = new Intl.NumberFormat('uk');

/**
 * A number in running text. Not matched: digits that touch letters, hyphens, colons or slashes (ids,
 * times, phone numbers such as 0800-2000, dates), and version numbers after a Latin name (WCAG 2.2, “(WCAG) 2.2”)
 */
const numberInProse = /(?<![\p{L}\p{N}_:/.,\-]|[A-Za-z)] )\d(?:[\d \u00a0\u202f.,]*\d)?(?![\p{L}\p{N}_:/\-])/gu;

/** A four-digit number from 1900 to 2099 is read as a year, and years are never grouped. */
const isYear = (written: string) => /^(19|20)\d\d$/.test(written);

export function ukTypographyIssues(text: string): string[] {
  const prose = namesWithDash.reduce((t, name) => t.replaceAll(name, ''), text);
  const dashes = [...prose.matchAll(/\S{0,20}[ \u00a0][–-][ \u00a0]\S{0,20}/gu)].map((m) => `dash: write “ — ” in “${m[0]}”`);
  const numbers = [...prose.matchAll(numberInProse)]
    // A run such as "4 з 10" or "1 300 дівчат, 2 на школу" can hold several numbers: split where a
    // space is not followed by exactly three digits.
    .flatMap((m) => m[0].split(/[ \u00a0\u202f](?!\d{3}(?!\d))/))
    .filter((written) => written !== '' && !isYear(written) && !/^0\d/.test(written))
    .flatMap((written) => {
      const grouped = /^\d{1,3}(\.\d{3})+$/.test(written) ? written.replace(/\./g, '') : written;
      const value = Number(grouped.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
      const expected = ukNumber.format(value);
      if (Number.isNaN(value) || written === expected) return [];
      const show = (n: string) => n.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '[U+202F]');
      return [`number: write “${show(expected)}” (⍽ = no-break space) instead of “${show(written)}”`];
    });
  return [...dashes, ...numbers];
}
