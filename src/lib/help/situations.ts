import type { HelpLineId, LocalizedText } from './lines';

/**
 * Organisations the help page points to by their home page rather than a number. Their facts come from
 * `public-facts.md` (FairWork) and the content guide (De Kindertelefoon, whose number is a help line).
 */
export type HelpOrganisation =
  /** The entry in the organisations collection, with what it offers. */
  | { organisation: HelpOrganisationId; who: LocalizedText }
  /** An organisation whose help line says what it offers. */
  | { organisation: HelpOrganisationId; line: HelpLineId };

export const helpOrganisationIds = ['fairwork', 'de-kindertelefoon'] as const;
export type HelpOrganisationId = (typeof helpOrganisationIds)[number];

export const helpOrganisations: readonly HelpOrganisation[] = [
  {
    organisation: 'fairwork',
    who: {
      nl: 'Steunt mensen die in Nederland op hun werk worden uitgebuit. Het advies is gratis en vertrouwelijk. De website heeft informatie in meerdere talen.',
      en: 'FairWork helps people who are exploited in their job in the Netherlands. You get advice for free, and it stays confidential. The website has information in several languages.',
      uk: 'Допомагає людям, яких експлуатують на роботі в Нідерландах. Консультація безкоштовна й конфіденційна. На сайті є інформація кількома мовами.',
    },
  },
  {
    organisation: 'de-kindertelefoon',
    line: 'kindertelefoon',
  },
];

/** The help a page of the `pages` collection shows first (its `help` front matter), as the schema gives it. */
export interface PageHelp {
  lines: HelpLineId[];
  organisations: HelpOrganisationId[];
}

export function helpOrganisation(id: HelpOrganisationId): HelpOrganisation {
  return helpOrganisations.find((o) => o.organisation === id)!;
}

export const helpSituationIds = ['work', 'control', 'child', 'anonymous'] as const;
export type HelpSituationId = (typeof helpSituationIds)[number];

/** The situations of the help page and the lines that fit each; 112 stands above them all. */
export interface HelpSituation {
  id: HelpSituationId;
  lines: HelpLineId[];
  organisations: HelpOrganisationId[];
}

export const helpSituations: readonly HelpSituation[] = [
  { id: 'work', lines: ['arbeidsinspectie', 'comensha', 'police'], organisations: ['fairwork'] },
  { id: 'control', lines: ['comensha', 'veilig-thuis', 'police'], organisations: [] },
  { id: 'child', lines: ['kindertelefoon', 'veilig-thuis', 'comensha'], organisations: [] },
  { id: 'anonymous', lines: ['anonymous', 'arbeidsinspectie'], organisations: [] },
];
