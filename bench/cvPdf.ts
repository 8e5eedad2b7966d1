/**
 * CV PDF generation time and size per model, for a realistic one-page CV and a two-page one,
 * in plain Node (the code main runs for the preview, the printer and the e-mail).
 */
import { renderCvPdf } from '../main/core/cv/pdf/render';
import { emptyCv, type CvContent } from '../shared/domain/cv';
import { stats, type Stats } from './stats';

function benchCv(experiences: number): CvContent {
  const cv = emptyCv();
  cv.title = 'Maître-nageuse sauveteuse';
  cv.accroche =
    'Diplômée du BPJEPS AAN, je cherche un poste en piscine municipale près de Lannion.';
  cv.contact = { email: 'zoe.lefevre@exemple.fr', telephone: '06 12 34 56 78' };
  cv.target.appellation = { codeOgr: 15406, label: 'Maître-nageur sauveteur', rome: 'G1224' };
  cv.experiences = Array.from({ length: experiences }, (_, i) => ({
    id: `e${i}`,
    job: `Surveillante de baignade ${i + 1}`,
    employer: 'Centre aquatique de Trégastel',
    place: 'Trégastel',
    start: { month: 6, year: 2010 + i },
    end: { month: 9, year: 2010 + i },
    tasks:
      'Surveillance des bassins, premiers secours, leçons de natation, accueil du public, entretien du matériel pédagogique.',
  }));
  cv.formations = [
    {
      id: 'f1',
      title: 'BPJEPS AAN',
      school: 'CREPS de Bretagne',
      place: 'Dinard',
      start: null,
      end: { month: 6, year: 2009 },
      obtained: true,
    },
  ];
  cv.languages = [{ name: 'Anglais', level: 'courant' }];
  cv.skills.free = ['Pédagogie', 'Secourisme (PSE1)'];
  return cv;
}

export interface PdfFigures {
  model: number;
  pages: 1 | 2;
  time: Stats;
  bytes: number;
}

export async function measureCvPdf(runs: number): Promise<PdfFigures[]> {
  const person = { prenom: 'Zoé', nom: 'Lefèvre' };
  const rows: PdfFigures[] = [];
  for (const model of [1, 2, 3] as const) {
    for (const [pages, experiences] of [
      [1, 3],
      [2, 12],
    ] as const) {
      const cv = benchCv(experiences);
      cv.layout.model = model;
      let bytes = 0;
      const samples: number[] = [];
      for (let i = 0; i < runs + 1; i += 1) {
        const started = performance.now();
        bytes = (await renderCvPdf(cv, person)).byteLength;
        if (i > 0) samples.push(performance.now() - started);
      }
      rows.push({ model, pages, time: stats(samples), bytes });
    }
  }
  return rows;
}
