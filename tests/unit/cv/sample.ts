import { emptyCv, type CvContent } from '../../../shared/domain/cv';

/** A complete CV with accents everywhere, used by the gauge, PDF and API tests. */
export function sampleCv(): CvContent {
  return {
    ...emptyCv(),
    target: {
      appellation: {
        codeOgr: 15406,
        label: 'Maître-nageur sauveteur / Maître-nageuse sauveteuse',
        rome: 'G1224',
      },
      places: [{ kind: 'commune', code: '22113', label: 'Lannion' }],
      contracts: ['CDI', 'CDD'],
      workingTimes: ['plein'],
    },
    title: 'Maître-nageuse sauveteuse',
    accroche: 'Diplômée du BPJEPS AAN, je cherche un poste en piscine municipale près de Lannion.',
    contact: { email: 'zoé.lefèvre@exemple.fr', telephone: '06 12 34 56 78' },
    experiences: [
      {
        id: 'e1',
        job: 'Surveillante de baignade',
        employer: 'Centre aquatique Forum',
        place: 'Trégastel',
        start: { month: 6, year: 2022 },
        end: { month: 9, year: 2023 },
        tasks: 'Surveillance des bassins, premiers secours, leçons de natation aux élèves.',
      },
      {
        id: 'e2',
        job: 'Animatrice aquagym',
        employer: 'Piscine Ti Dour',
        place: 'Lannion',
        start: { month: 10, year: 2023 },
        end: null,
        tasks: 'Séances d’aquagym pour seniors, préparation du matériel, accueil du public.',
      },
    ],
    formations: [
      {
        id: 'f1',
        title: 'BPJEPS Activités aquatiques et de la natation',
        school: 'CREPS de Bretagne',
        place: 'Dinard',
        start: { month: 9, year: 2021 },
        end: { month: 6, year: 2022 },
        obtained: true,
      },
    ],
    languages: [
      { name: 'Anglais', level: 'courant' },
      { name: 'Breton', level: 'notions' },
    ],
    licences: ['B'],
    skills: { rome: ['Surveiller les bassins'], free: ['Pédagogie auprès des enfants'] },
    interests: ['Plongée sous-marine', 'Théâtre'],
  };
}
