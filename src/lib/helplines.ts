import type { helplines } from './schemas';

/** The only phone numbers the content guide allows on the site: public Dutch lines, free or local rate. */
export const helplineNumbers: Record<(typeof helplines)[number], string> = {
  emergency: '112',
  police: '0900-8844',
  anonymous: '0800-7000',
  'veilig-thuis': '0800-2000',
  kindertelefoon: '0800-0432',
};
