import { describe, expect, it } from 'vitest';
import { relatedProjects, relatedness, type Relatable } from './related-projects';

const project = (id: string, implementer: string, partners: string[], countries: string[], theme: Relatable['data']['theme']): Relatable => ({
  id,
  data: { implementer: { id: implementer }, partners: partners.map((p) => ({ id: p })), countries, theme },
});

const havens = project('nl/safe-havens', 'leger-des-heils', ['defence-for-children-ecpat'], ['NL', 'SE', 'MD'], 'reintegration');
const moldova = project('nl/moldova', 'leger-des-heils', [], ['MD'], 'capacity-building');
const europe = project('nl/europe', 'leger-des-heils', [], ['HU'], 'cooperation');
const redCross = project('nl/red-cross', 'rode-kruis', ['fier'], ['NL'], 'victim-support');
const groningen = project('nl/groningen', 'zvh-groningen', [], ['NL'], 'chain-approach');
const elsewhere = project('nl/elsewhere', 'ilo', [], ['FR'], 'cooperation');

describe('related projects', () => {
  it('weighs shared organisations above theme and countries', () => {
    expect(relatedness(havens, moldova)).toBe(3 + 1);
    expect(relatedness(havens, redCross)).toBe(1);
    expect(relatedness(europe, elsewhere)).toBe(2);
    expect(relatedness(havens, elsewhere)).toBe(0);
  });

  it('counts a partner of one that implements the other', () => {
    const partnerLed = project('nl/p', 'defence-for-children-ecpat', [], ['BE'], 'cooperation');
    expect(relatedness(havens, partnerLed)).toBe(3);
  });

  it('lists related projects closest first, without itself or unrelated ones, up to the limit', () => {
    const all = [havens, moldova, europe, redCross, groningen, elsewhere];
    expect(relatedProjects(havens, all, 10).map((p) => p.id)).toEqual(['nl/moldova', 'nl/europe', 'nl/groningen', 'nl/red-cross']);
    expect(relatedProjects(havens, all).length).toBe(3);
    expect(relatedProjects(elsewhere, all).map((p) => p.id)).toEqual(['nl/europe']);
  });
});
