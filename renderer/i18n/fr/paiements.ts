import { attestationTitleFr } from '../../../shared/wording';

/** "Mes paiements" and the attestations, in easy French: each amount said in plain words. */
export const paiementsFr = {
  documentTitle: 'Mes paiements',
  title: 'Mes paiements',
  back: 'Retour à mon espace',
  loading: 'Nous cherchons vos paiements…',
  toAttestations: 'Imprimer une attestation',
  next: {
    title: 'Mon prochain paiement',
    scheduled: 'Le paiement de {{period}} arrive le {{date}}.',
    scheduledHelp:
      'C’est le jour où France Travail envoie l’argent. Votre banque peut le montrer un ou deux jours plus tard.',
    declareFirst:
      'Faites d’abord votre actualisation : dire ce que vous avez fait en {{period}}. Ensuite, vous serez payé.',
    declareFirstHelp:
      'Vous avez jusqu’au {{date}} inclus. Le paiement arrive ensuite en quelques jours.',
    declare: 'M’actualiser',
    none: 'Aucun paiement n’est prévu pour le moment.',
  },
  rights: {
    title: 'Mes droits',
    allocation: {
      ARE: 'Allocation chômage (ARE)',
      ASS: 'Allocation de solidarité (ASS)',
      AREF: 'Allocation chômage pendant une formation (AREF)',
    },
    status: {
      open: 'Payée chaque mois',
      suspended: 'Paiements arrêtés pour le moment',
      closed: 'Droits finis',
    },
    suspendedSince: 'Depuis le {{date}}, France Travail ne vous paie plus.',
    reason: {
      documentMissing: 'Pourquoi : un document demandé n’est pas arrivé.',
      actualisationMissing: 'Pourquoi : un mois n’a pas été déclaré.',
      control: 'Pourquoi : votre dossier est vérifié.',
    },
    whatToDo: {
      documentMissing:
        'Que faire : envoyez ce document avec « Envoyer un document ». Les paiements reprendront ensuite.',
      actualisationMissing: 'Que faire : appelez un conseiller. Il vous dira comment faire.',
      control: 'Que faire : attendez le courrier de France Travail, ou appelez un conseiller.',
    },
    daily: 'Montant par jour',
    dailyValue: '{{gross}} brut, soit {{net}} net',
    remaining: 'Jours encore à payer',
    remainingDays_one: '{{count}} jour',
    remainingDays_other: '{{count}} jours',
    end: 'Fin prévue',
    endValue: 'Le {{date}}, si tous les jours sont payés d’ici là',
    opened: 'Depuis le',
    none: 'Vous n’avez pas droit à une allocation de France Travail.',
    noneHelp: 'Si vous pensez avoir droit à une aide, un conseiller peut vous aider.',
    registeredSince: 'Vous êtes inscrit à France Travail depuis le {{date}}.',
  },
  explain: {
    title: 'Les mots de cette page',
    allocation:
      'Allocation : l’argent que France Travail vous verse quand vous cherchez un emploi.',
    gross: 'Brut : le montant avant les retenues.',
    deductions:
      'Retenues : l’argent gardé pour votre retraite et pour la Sécurité sociale (CSG et CRDS).',
    net: 'Net : l’argent qui arrive sur votre compte en banque.',
    days: 'Jours payés : les jours du mois où vous avez droit à l’allocation.',
  },
  history: {
    title: 'Mes derniers paiements',
    none: 'Aucun paiement sur les 12 derniers mois.',
    caption: 'Les paiements des 12 derniers mois, le plus récent en premier',
    period: 'Mois',
    paidOn: 'Payé le',
    days: 'Jours payés',
    gross: 'Brut',
    deductions: 'Retenues',
    net: 'Net',
    account: 'L’argent va sur votre compte en banque qui finit par {{last4}}.',
    sentence:
      'Pour {{period}}, {{days}} jours payés : {{gross}} brut, moins {{deductions}} de retenues. Vous avez reçu {{net}} le {{date}}.',
  },
  attestations: {
    documentTitle: 'Mes attestations',
    title: 'Imprimer une attestation',
    intro:
      'Une attestation est un papier officiel de France Travail. La CAF, un propriétaire ou les impôts peuvent vous la demander.',
    kindLegend: 'Quelle attestation voulez-vous ?',
    kinds: {
      paiement: attestationTitleFr.paiement,
      inscription: attestationTitleFr.inscription,
      fiscale: attestationTitleFr.fiscale,
      droits: attestationTitleFr.droits,
    },
    kindHelp: {
      paiement: 'Ce que France Travail vous a payé, mois par mois.',
      inscription: 'Depuis quand vous êtes inscrit, et votre situation aujourd’hui.',
      fiscale: 'La somme à écrire sur votre déclaration d’impôts.',
      droits: 'Votre allocation, son montant par jour et sa fin.',
    },
    from: 'Du mois de',
    to: 'Jusqu’au mois de',
    year: 'Année',
    choose: 'Choisir…',
    show: 'Voir l’attestation',
    showing: 'France Travail prépare votre attestation…',
    print: 'Imprimer',
    printed: 'L’attestation est partie à l’imprimante. Prenez-la dans le bac.',
    reference: 'Référence : {{reference}}',
    verifyNote:
      'La personne qui reçoit ce papier peut vérifier qu’il est vrai. Elle utilise la référence et le code écrits en bas.',
  },
  viewer: {
    label: 'Document : {{title}}',
    close: 'Fermer l’attestation',
    loading: 'Ouverture de l’attestation…',
    failed:
      'L’attestation ne peut pas être affichée. Vous pouvez l’imprimer, ou appeler un conseiller.',
  },
  validation: {
    kind: 'Choisissez une attestation.',
    from: 'Choisissez le premier mois.',
    to: 'Choisissez le dernier mois.',
    period: 'Choisissez un mois dans la liste.',
    toBeforeFrom: 'Le dernier mois doit venir après le premier. Choisissez un autre mois.',
    tooLong: 'Choisissez 12 mois au plus.',
    year: 'Choisissez une année.',
  },
  errors: {
    noRights:
      'Vous n’avez pas de droit à une allocation. Cette attestation n’existe donc pas pour vous.',
    noFile: 'Votre dossier n’est pas encore prêt. Un conseiller peut vous aider.',
  },
};
