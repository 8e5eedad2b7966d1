import type { OfferDetail } from '../domain/offres';
import { frenchDate } from '../domain/time';

/**
 * An offer's French labels, worded once: the detail screen shows them and the printed offer
 * carries them, so the paper says what the screen said.
 */
export const offerWordingFr = {
  title: 'Offre d’emploi',
  number: 'Offre n°',
  employer: 'Employeur',
  anonymous: 'Entreprise anonyme',
  place: 'Lieu de travail',
  contract: 'Contrat',
  hours: 'Horaires',
  salary: 'Salaire',
  experience: 'Expérience',
  skills: 'Compétences',
  description: 'Description du poste',
  apply: 'Pour postuler',
  published: 'Publiée le',
  applyMode: {
    online:
      'Postulez en ligne, depuis votre espace personnel sur francetravail.fr ou sur cette borne.',
    email: 'Envoyez votre CV par courriel à :',
    agency: 'Présentez-vous avec votre CV à :',
  } satisfies Record<OfferDetail['applyMode'], string>,
  printedAt: 'Imprimée le',
  source:
    'Offre publiée sur francetravail.fr. Vérifiez qu’elle est toujours ouverte avant de postuler.',
} as const;

const contractFr = {
  CDI: 'CDI',
  CDD: 'CDD',
  MIS: 'Intérim',
  SAI: 'Saisonnier',
  ALT: 'Alternance',
} as const satisfies Record<OfferDetail['contract'], string>;

const euros = (n: number) => `${n.toLocaleString('fr-FR').replace(/[\u202f\u00a0]/g, ' ')} €`;

/** The printed offer's facts, label and value, in the order the detail screen shows them. */
export function offerFacts(offer: OfferDetail): Array<[string, string]> {
  const w = offerWordingFr;
  const contract =
    offer.durationMonths === null
      ? contractFr[offer.contract]
      : `${contractFr[offer.contract]} de ${offer.durationMonths} mois`;
  const hours = `${String(offer.hoursPerWeek).replace('.', ',')} h par semaine, ${
    offer.workingTime === 'plein' ? 'temps plein' : 'temps partiel'
  }`;
  const salary =
    offer.salaryMin === null
      ? 'Non précisé'
      : offer.salaryMax !== null && offer.salaryMax > offer.salaryMin
        ? `De ${euros(offer.salaryMin)} à ${euros(offer.salaryMax)} brut par mois`
        : `${euros(offer.salaryMin)} brut par mois`;
  const experience =
    offer.experienceYears === 0
      ? 'Débutant accepté'
      : `${offer.experienceYears} an${offer.experienceYears > 1 ? 's' : ''} demandé${offer.experienceYears > 1 ? 's' : ''}`;
  return [
    [w.employer, offer.employer ?? w.anonymous],
    [w.place, `${offer.commune} (${offer.departement})`],
    [w.contract, contract],
    [w.hours, hours],
    [w.salary, salary],
    [w.experience, experience],
    [w.published, frenchDate(new Date(offer.publishedAt))],
  ];
}

/** The printed receipt of an application, in French (printed documents stay in French). */
export const applicationReceiptFr = {
  title: 'Justificatif de candidature',
  intro: 'Vous avez postulé à cette offre depuis la borne.',
  reference: 'Référence',
  offer: 'Offre',
  number: 'Offre n°',
  cv: 'CV envoyé',
  sentAt: 'Envoyée le',
  queuedAt: 'Enregistrée le',
  status: {
    sent: 'Candidature reçue par France Travail.',
    queued:
      'Candidature enregistrée sur la borne. Elle sera envoyée dès que possible, vous n’avez rien à refaire.',
  },
  next: 'L’employeur lit votre CV. S’il est intéressé, il vous contacte. Retrouvez vos candidatures dans « Mes échanges ».',
  keep: 'Gardez ce justificatif.',
} as const;
