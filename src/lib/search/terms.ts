import type { Locale } from '../locales';

/**
 * The words readers type for a page when its text says the same thing in other words: synonyms, common
 * misspellings, other spellings (US “labor”), youth slang (“loverboy”, «дроп») and the words of someone who
 * needs help now. `scripts/pagefind.mjs` adds them to the page's record in the index as the `terms` field,
 * which ranks below the title (see `searchOptions`); the published page does not change.
 *
 * Reviewed like content: a word belongs to a page only when the page is about what the word means. Words
 * only, never facts. Keys are routes without the locale prefix; the relevance test checks that each is built.
 */
export type SearchTerms = Record<Locale, Partial<Record<`/${string}`, readonly string[]>>>;

export const searchTerms: SearchTerms = {
  nl: {
    '/help/': ['hulp', 'help', 'hulplijn', 'noodnummer', '112', 'nood', 'bang', 'gevaar', 'bellen', 'melden'],
    '/signals/sexual/': ['loverboy', 'loverboys', 'pooierboy', 'pooierboys', 'pooier', 'gedwongen prostitutie'],
    '/signals/labour/': ['dwangarbeid', 'gedwongen arbeid', 'werkuitbuiting', 'uitgebuit op het werk', 'onderbetaald'],
    '/signals/criminal/': ['geldezel', 'money mule', 'katvanger', 'drugsrunner', 'drugskoerier'],
    '/teachers/criminal-exploitation/': ['geldezel', 'money mule', 'drugsrunner'],
    '/refugee-flyer/': ['Oekraïne', 'Oekraine', 'Oekraïens', 'Oekraïense', 'Oekraïners', 'vluchteling', 'vluchtelingen', 'folder', 'flyer'],
    '/visiting-safely/': ['quick exit', 'snel weg', 'noodknop', 'wegknop', 'veilig surfen', 'geschiedenis wissen', 'incognito', 'privévenster'],
    '/reporting-protocol/': ['meldcode', 'melden', 'protocol'],
    '/toolkits/asylum/': ['asielzoeker', 'asielzoekers', 'azc', 'asielopvang'],
  },
  en: {
    '/help/': ['help', 'helpline', 'hotline', 'emergency', '112', 'scared', 'afraid', 'danger', 'call', 'report'],
    '/signals/sexual/': ['loverboy', 'loverboys', 'lover boy', 'pimp', 'forced prostitution'],
    '/signals/labour/': ['forced labor', 'forced labour', 'labor exploitation', 'labour exploitation', 'labor trafficking', 'underpaid'],
    '/signals/criminal/': ['money mule', 'drug runner', 'drug mule', 'county lines'],
    '/teachers/criminal-exploitation/': ['money mule', 'drug runner'],
    '/refugee-flyer/': ['Ukraine', 'Ukrainian', 'Ukrainians', 'refugee', 'refugees', 'flyer', 'leaflet'],
    '/visiting-safely/': ['quick exit', 'exit button', 'leave this site', 'panic button', 'safe browsing', 'clear history', 'incognito', 'private window'],
    '/reporting-protocol/': ['reporting', 'report', 'protocol'],
    '/toolkits/asylum/': ['asylum seeker', 'asylum seekers', 'reception centre', 'reception center'],
  },
  uk: {
    '/help/': ['допомога', 'допомоги', 'допомогти', 'гаряча лінія', '112', 'страшно', 'боюся', 'небезпека', 'зателефонувати', 'повідомити'],
    '/signals/sexual/': ['лавербой', 'лавербої', 'loverboy', 'сутенер', 'примусова проституція'],
    '/signals/labour/': ['трудова експлуатація', 'примусова праця', 'трудове рабство', 'заробітчани'],
    '/signals/criminal/': ['дроп', 'дропи', 'дропом', 'грошовий мул', 'закладки'],
    '/teachers/criminal-exploitation/': ['дроп', 'дропи', 'грошовий мул'],
    '/students/easy-money/': ['дроп', 'дропи', 'легкі гроші'],
    '/refugee-flyer/': ['Україна', 'України', 'українці', 'українка', 'біженці', 'біженка', 'біженець', 'листівка', 'листівку', 'робота', 'роботу', 'допомога', 'допомогу'],
    '/visiting-safely/': ['швидкий вихід', 'кнопка виходу', 'quick exit', 'безпечний перегляд', 'історія браузера', 'інкогніто', 'приватне вікно'],
    '/reporting-protocol/': ['повідомлення', 'протокол'],
    '/toolkits/asylum/': ['шукачі притулку', 'притулок', 'притулку'],
  },
};
