import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offerPdf } from '../../../main/core/offres/offerPdf';
import type { OfferDetail } from '../../../shared/domain/offres';

const offer: OfferDetail = {
  numero: '688418K',
  title: 'Electricien / Electricienne du bâtiment',
  rome: 'F1602',
  romeLabel: 'Electricien / Electricienne du bâtiment',
  employer: null,
  commune: 'Clermont-Ferrand',
  departement: '63',
  contract: 'CDD',
  durationMonths: 6,
  workingTime: 'partiel',
  hoursPerWeek: 17.5,
  salaryMin: 1900,
  salaryMax: 2100,
  experienceYears: 2,
  skills: ['Poser des gaines électriques'],
  description: 'Nous recrutons un électricien du bâtiment. Le permis B est demandé.',
  applyMode: 'email',
  applyContact: 'recrutement@exemple.fr',
  publishedAt: '2026-10-20T08:00:00.000Z',
};

describe('the printed offer', () => {
  it('carries what the detail screen shows, in French', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'offer-pdf-')), 'offre.pdf');
    writeFileSync(file, await offerPdf(offer, new Date('2026-11-05T10:00:00Z')));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Electricien / Electricienne du bâtiment',
      'Offre n° 688418K',
      'Employeur : Entreprise anonyme',
      'Lieu de travail : Clermont-Ferrand (63)',
      'Contrat : CDD de 6 mois',
      'Horaires : 17,5 h par semaine, temps partiel',
      'Salaire : De 1 900 € à 2 100 € brut par mois',
      'Expérience : 2 ans demandés',
      'Publiée le : 20 octobre 2026',
      'Poser des gaines électriques',
      'Le permis B est demandé.',
      'Envoyez votre CV par courriel à : recrutement@exemple.fr',
      'Imprimée le 5 novembre 2026',
    ])
      expect(text).toContain(expected);
  });
});
