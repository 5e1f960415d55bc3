/** What the student's choice in one scenario of the exercise means; nothing is stored anywhere. */
export type Verdict = 'unanswered' | 'right' | 'wrong';

export function verdict(options: readonly { correct: boolean }[], chosen: number | undefined): Verdict {
  if (chosen === undefined || !options[chosen]) return 'unanswered';
  return options[chosen].correct ? 'right' : 'wrong';
}

/** The index of the first correct option, or -1 when a scenario has none. */
export function bestOption(options: readonly { correct: boolean }[]): number {
  return options.findIndex((o) => o.correct);
}
