import { beforeAll, describe, expect, it } from 'vitest';
import { createRomeSearch, type RomeSearch } from '../../../shared/domain/rome';
import { loadRomeIndex } from './loadIndex';

let rome: RomeSearch;
beforeAll(() => {
  rome = createRomeSearch(loadRomeIndex());
});

const first = (query: string) => rome.search(query, 5)[0];
const labels = (query: string, limit = 5) => rome.search(query, limit).map((hit) => hit.label);

describe('ROME search on real appellations', () => {
  it('finds "maître nageur" (the example of the CV service) with its ROME code', () => {
    expect(first('maître nageur')).toMatchObject({
      label: 'Maître-nageur sauveteur / Maître-nageuse sauveteuse',
      rome: 'G1224',
    });
  });

  it('finds "caissier" first as the plain appellation, with the fiche label', () => {
    const hit = first('caissier');
    expect(hit).toMatchObject({ label: 'Caissier / Caissière', rome: 'D1505' });
    expect(hit?.romeLabel).not.toBe('');
  });

  it('ignores accents and case', () => {
    expect(first('MAITRE NAGEUR')?.rome).toBe('G1224');
    expect(first('Caissière')?.label).toBe('Caissier / Caissière');
    expect(first('developpeur web')?.label).toBe('Développeur / Développeuse web');
  });

  it('ignores plurals and the small words', () => {
    expect(first('maîtres nageurs')?.rome).toBe('G1224');
    expect(first('chauffeurs de poids lourds')?.label).toBe(
      'Chauffeur / Chauffeuse de poids lourd',
    );
    expect(labels('aides soignants')).toContain('Aide-soignant / Aide-soignante');
  });

  it('treats both apostrophes alike', () => {
    expect(labels('agent d’entretien', 50)).toEqual(labels("agent d'entretien", 50));
    expect(labels('agent d’entretien', 50)).toContain("Agent / Agente d'entretien du bâtiment");
  });

  it('tolerates small typos: a missing, doubled, wrong or swapped letter', () => {
    expect(first('caisier')?.label).toBe('Caissier / Caissière');
    expect(first('boulnger')?.label).toBe('Boulanger / Boulangère');
    expect(first('menusier')?.label).toBe('Menuisier / Menuisière');
    expect(first('boulagner')?.label).toBe('Boulanger / Boulangère');
    expect(labels('devlopeur web')).toContain('Développeur / Développeuse web');
  });

  it('answers while typing: the last word may be incomplete', () => {
    expect(labels('cuisi', 10)).toContain('Cuisinier / Cuisinière');
    expect(first('maître na')?.rome).toBe('G1224');
  });

  it('finds the appellations of a ROME code', () => {
    const hits = rome.search('G1204', 50);
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((hit) => hit.rome === 'G1204')).toBe(true);
  });

  it('does not invent matches', () => {
    expect(rome.search('zzzzqqqq')).toEqual([]);
    expect(rome.search('   ')).toEqual([]);
    // Short words get no typo tolerance: "bar" must not match "car" or "bas".
    expect(labels('serveur bar', 20).every((label) => /bar/i.test(label))).toBe(true);
  });

  it('limits the number of results', () => {
    expect(rome.search('agent', 7)).toHaveLength(7);
  });

  it('offers the ROME skills of the chosen job, savoir-faire first', () => {
    const skills = rome.skillsFor('G1224');
    expect(skills.length).toBeGreaterThan(5);
    expect(skills.every((skill) => skill.length > 0)).toBe(true);
    expect(rome.skillsFor('Z9999')).toEqual([]);
  });

  it('answers a query in well under 100 ms', () => {
    rome.search('boulanger');
    const started = performance.now();
    for (const q of ['maître nageur', 'caisier', 'developpeur web', 'agent d’entretien'])
      rome.search(q);
    expect((performance.now() - started) / 4).toBeLessThan(100);
  });
});
