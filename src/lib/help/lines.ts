import type { Locale } from '../locales';

/**
 * Every help line the site may show, in one place. The numbers are exactly those of the content guide
 * (`../shared/CONTENT-GUIDE.md`) and the checked public facts (`../shared/sources/public-facts.md`); each
 * fact about a line (hours, cost, anonymity) is given only where one of those two gives it. A fact they do
 * not give is `null`, and the site says so ("not checked by us") instead of guessing.
 */
export type LocalizedText = Record<Locale, string>;

/** In the order the site lists them: acute danger first. */
export const helpLineIds = ['emergency', 'police', 'anonymous', 'veilig-thuis', 'kindertelefoon', 'comensha', 'arbeidsinspectie'] as const;
export type HelpLineId = (typeof helpLineIds)[number];

/** Where a line's facts were checked: the content guide, or `public-facts.md` (cited as source `public-facts`). */
export type HelpFactSource = 'content-guide' | 'public-facts';

/** When a line can be called: only in acute danger (112), on given weekdays and times, or not known to us. */
export type HelpHours = { kind: 'acute' } | { kind: 'weekdays'; from: string; to: string } | null;

export interface HelpLine {
  id: HelpLineId;
  /** As the content guide writes it; the `tel:` address is derived from it. */
  number: string;
  /** Dutch organisation names stay Dutch in every locale; `who` explains them. */
  name: LocalizedText;
  who: LocalizedText;
  hours: HelpHours;
  /** `free` only where a source says so (0800 numbers, and the Arbeidsinspectie by name). */
  cost: 'free' | null;
  /** `true` only where a source says a call or report can be anonymous. */
  anonymous: true | null;
  /** The entry in the organisations collection, for its home page. */
  organisation?: string;
  factsFrom: HelpFactSource;
}

export const helpLines: readonly HelpLine[] = [
  {
    id: 'emergency',
    number: '112',
    name: { nl: 'Alarmnummer', en: 'Emergency number', uk: 'Екстрений номер' },
    who: {
      nl: 'Voor iedereen die nu in gevaar is.',
      en: 'For anyone who is in danger right now.',
      uk: 'Для кожного, кому зараз загрожує небезпека.',
    },
    hours: { kind: 'acute' },
    cost: null,
    anonymous: null,
    factsFrom: 'content-guide',
  },
  {
    id: 'police',
    number: '0900-8844',
    name: { nl: 'Politie (geen spoed)', en: 'Police (not an emergency)', uk: 'Поліція (нетерміново)' },
    who: {
      nl: 'Om de politie te bellen als het geen spoed heeft.',
      en: 'To call the police when it is not urgent.',
      uk: 'Щоб зв’язатися з поліцією, коли справа не термінова.',
    },
    hours: null,
    cost: null,
    anonymous: null,
    factsFrom: 'content-guide',
  },
  {
    id: 'anonymous',
    number: '0800-7000',
    name: { nl: 'Meld Misdaad Anoniem', en: 'Meld Misdaad Anoniem', uk: 'Meld Misdaad Anoniem' },
    who: {
      nl: 'Voor wie een misdrijf wil melden zonder zijn naam te geven.',
      en: 'The Dutch line for reporting a crime without giving your name.',
      uk: 'Нідерландська лінія, щоб повідомити про злочин, не називаючи свого імені.',
    },
    hours: null,
    cost: 'free',
    anonymous: true,
    factsFrom: 'content-guide',
  },
  {
    id: 'veilig-thuis',
    number: '0800-2000',
    name: { nl: 'Veilig Thuis', en: 'Veilig Thuis', uk: 'Veilig Thuis' },
    who: {
      nl: 'Advies bij huiselijk geweld en kindermishandeling.',
      en: 'The Dutch advice line on domestic violence and child abuse.',
      uk: 'Нідерландська служба, яка радить, що робити в разі домашнього насильства чи насильства над дитиною.',
    },
    hours: null,
    cost: 'free',
    anonymous: null,
    factsFrom: 'content-guide',
  },
  {
    id: 'kindertelefoon',
    number: '0800-0432',
    name: { nl: 'De Kindertelefoon', en: 'De Kindertelefoon', uk: 'De Kindertelefoon' },
    who: {
      nl: 'Voor kinderen en jongeren.',
      en: 'The Dutch helpline for children and young people.',
      uk: 'Нідерландська лінія допомоги для дітей і молоді.',
    },
    hours: null,
    cost: 'free',
    anonymous: null,
    organisation: 'de-kindertelefoon',
    factsFrom: 'content-guide',
  },
  {
    id: 'comensha',
    number: '033 448 11 86',
    name: { nl: 'Helpdesk van CoMensha', en: 'CoMensha helpdesk', uk: 'Довідкова лінія CoMensha' },
    who: {
      nl: 'Voor iedereen die met mensenhandel te maken heeft of er een vraag over heeft: slachtoffers, de mensen om hen heen en professionals. Advies over hulp, opvang en juridische vragen.',
      en: 'CoMensha is the Dutch national centre against human trafficking. Its helpdesk is for victims, the people around them and professionals: advice on help, shelter and legal questions.',
      uk: 'CoMensha — національний центр протидії торгівлі людьми в Нідерландах. Для постраждалих, їхніх близьких і фахівців: консультації щодо допомоги, притулку та юридичних питань.',
    },
    hours: { kind: 'weekdays', from: '09:00', to: '17:00' },
    cost: null,
    anonymous: null,
    organisation: 'comensha',
    factsFrom: 'public-facts',
  },
  {
    id: 'arbeidsinspectie',
    number: '0800 5151',
    name: { nl: 'Nederlandse Arbeidsinspectie', en: 'Nederlandse Arbeidsinspectie', uk: 'Nederlandse Arbeidsinspectie' },
    who: {
      nl: 'Hier meld je signalen van uitbuiting op het werk.',
      en: 'The Netherlands Labour Authority. Report signs of exploitation at work to it.',
      uk: 'Нідерландська трудова інспекція. Сюди можна повідомити про ознаки експлуатації на роботі.',
    },
    hours: null,
    cost: 'free',
    anonymous: true,
    organisation: 'nederlandse-arbeidsinspectie',
    factsFrom: 'public-facts',
  },
];

export function helpLine(id: HelpLineId): HelpLine {
  const line = helpLines.find((l) => l.id === id);
  if (!line) throw new Error(`Unknown help line "${id}"`);
  return line;
}

/** The `tel:` address of a visible number: digits only, so every phone dials it the same way. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\D/g, '')}`;
}

/**
 * A number as a page shows it: hyphens and spaces that cannot break, so a number never splits across
 * two lines (where half of it could be dialled). Printed files keep the plain characters their fonts have.
 */
export function visibleNumber(number: string): string {
  return number.replace(/-/g, '\u2011').replace(/ /g, '\u00a0');
}

/** One line for a printed card or a short list: "Name. Who it is for." */
export function helpLineSummary(id: HelpLineId, locale: Locale): string {
  const line = helpLine(id);
  return `${line.name[locale]}. ${line.who[locale]}`;
}
