/**
 * Where the quick exit goes: a neutral, widely used Dutch weather site that shows nothing personal.
 * Kept in one place so the tests can stub exactly this address.
 */
export const quickExitUrl = 'https://www.buienradar.nl/';
