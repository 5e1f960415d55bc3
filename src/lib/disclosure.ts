import type { UIKey } from '../i18n/ui';

/** What a teacher does when a student discloses something, in order; shared by the lesson page and the teacher guide PDF. */
export const disclosureSteps: readonly UIKey[] = [
  'disclosure.listen',
  'disclosure.calm',
  'disclosure.noSecrecy',
  'disclosure.protocol',
  'disclosure.meldcode',
  'disclosure.perpetrator',
  'disclosure.danger',
];
