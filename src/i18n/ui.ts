import type { Locale } from '../lib/locales';
import { en } from './ui/en';
import { nl, type UIStrings } from './ui/nl';
import { uk } from './ui/uk';

export type UIKey = keyof UIStrings;

const dictionaries: Record<Locale, UIStrings> = { nl, en, uk };

/** The UI strings of one locale: `const t = useTranslations(locale); t('nav.projects')`. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UIKey): string => dictionary[key];
}

/** Each locale's name written in that language, for the language switcher. */
export const localeNames: Record<Locale, string> = { nl: 'Nederlands', en: 'English', uk: 'Українська' };
