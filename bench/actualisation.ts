import { buildReceiptPdf } from '../main/core/actualisation/receiptPdf';
import type { Declaration } from '../shared/contract';
import { actualisationWindowAt } from '../shared/domain/actualisation';
import { stats, type Stats } from './stats';

const declaration: Declaration = {
  reference: 'ACT-202610-7K4Q2M',
  period: '2026-10',
  submittedAt: '2026-11-05T10:00:00.000Z',
  status: 'sent',
  answers: {
    formation: false,
    travail: true,
    employeurs: [
      { nom: 'Boulangerie Durand', heures: 35, brutCentimes: 123456 },
      { nom: 'Mairie de Lannion', heures: 12, brutCentimes: 18000 },
    ],
    stage: false,
    arretMaladie: true,
    arretMaladieDates: { debut: '2026-10-05', fin: '2026-10-09' },
    maternite: false,
    materniteDates: null,
    retraite: false,
    invalidite: false,
    rechercheEmploi: true,
  },
};

/** The actualisation receipt made with pdf-lib (in main, before printing): time and size. */
export async function measureReceiptPdf(runs: number): Promise<{ time: Stats; bytes: number }> {
  let bytes = (await buildReceiptPdf(declaration, { prenom: 'Camille', nom: 'Martin' })).length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    bytes = (await buildReceiptPdf(declaration, { prenom: 'Camille', nom: 'Martin' })).length;
    samples.push(performance.now() - start);
  }
  return { time: stats(samples), bytes };
}

/** The window rule (Intl-based Paris time) per call, in microseconds, over a year of instants. */
export function measureWindowRule(runs: number): Stats {
  const samples: number[] = [];
  const year = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < runs; i += 1) {
    const calls = 1000;
    const start = performance.now();
    for (let j = 0; j < calls; j += 1)
      actualisationWindowAt(new Date(year + (((i * calls + j) * 7_919_000) % 31_536_000_000)));
    samples.push(((performance.now() - start) * 1000) / calls);
  }
  return stats(samples);
}
