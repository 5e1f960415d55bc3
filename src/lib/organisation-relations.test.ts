import { describe, expect, it } from 'vitest';
import { entriesNaming, rolesOf } from './organisation-relations';

const ref = (id: string) => ({ id, collection: 'organisations' as const });

const project = { id: 'nl/safe-havens', data: { title: 'Safe Havens', implementer: ref('leger-des-heils'), partners: [ref('defence-for-children-ecpat')] } };
const redCross = { id: 'nl/red-cross', data: { title: 'Rode Kruis', implementer: ref('rode-kruis'), partners: [ref('fier'), ref('comensha')] } };
const signal = { id: 'nl/labour', data: { title: 'Arbeid', helpOrganisations: [ref('fairwork')] } };
const news = { id: 'nl/launch', data: { title: 'Launch', organisations: [ref('leger-des-heils')] } };
const source = { id: '001', data: { title: 'Aanpak', publisher: ref('leger-des-heils') } };
const lesson = { id: 'nl/grooming', data: { title: 'Grooming', signals: [{ id: 'nl/sexual', collection: 'signals' }] } };

describe('organisation relations', () => {
  it('names the fields in which an entry names the organisation', () => {
    expect(rolesOf(project.data, 'leger-des-heils')).toEqual(['implementer']);
    expect(rolesOf(project.data, 'defence-for-children-ecpat')).toEqual(['partners']);
    expect(rolesOf(signal.data, 'fairwork')).toEqual(['helpOrganisations']);
    expect(rolesOf(source.data, 'leger-des-heils')).toEqual(['publisher']);
    expect(rolesOf(lesson.data, 'leger-des-heils')).toEqual([]);
  });

  it('finds every entry that names the organisation, in input order', () => {
    const all = [project, redCross, signal, news, source, lesson];
    expect(entriesNaming('leger-des-heils', all).map((r) => [r.entry.id, r.roles])).toEqual([
      ['nl/safe-havens', ['implementer']],
      ['nl/launch', ['organisations']],
      ['001', ['publisher']],
    ]);
    expect(entriesNaming('comensha', all).map((r) => r.entry.id)).toEqual(['nl/red-cross']);
    expect(entriesNaming('nobody', all)).toEqual([]);
  });
});
