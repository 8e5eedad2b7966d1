import { contratFr, situationFieldsFr, situationKindFr } from '../../../shared/wording';

/** A change of situation outside the monthly actualisation, and « Mes actualisations ». */
export const situation = {
  documentTitle: 'Déclarer un changement',
  title: 'Déclarer un changement de situation',
  intro:
    'Votre vie change ? Dites-le à France Travail tout de suite. Vous n’avez pas besoin d’attendre la fin du mois.',
  chooseTitle: 'Quel est votre changement ?',
  kinds: situationKindFr,
  contrats: contratFr,
  fields: {
    ...situationFieldsFr,
    dateReprise: 'Date du premier jour de travail',
    premierJour: 'Premier jour',
    dernierJour: 'Dernier jour',
    dateHint: 'Écrivez le jour, le mois et l’année. Par exemple 03/11/2026.',
    codePostal: 'Code postal de votre nouvelle adresse',
    employeurHint: 'Le nom de l’entreprise ou de la personne qui vous paie',
  },
  continue: 'Continuer',
  back: 'Retour',
  backToSpace: 'Retour à mon espace',
  reviewTitle: 'Vérifiez votre changement',
  consequencesTitle: 'Ce qui va se passer',
  consequences: {
    repriseEmploi:
      'France Travail va revoir votre dossier. Vous pouvez garder une partie de votre argent si vous travaillez peu. Déclarez aussi vos heures à la fin du mois.',
    formation:
      'Votre conseiller va regarder votre formation. Votre argent peut changer pendant la formation.',
    arretMaladie:
      'Pendant l’arrêt, France Travail ne vous paie pas. L’Assurance Maladie vous paie à la place. Envoyez l’avis d’arrêt : c’est le papier du médecin.',
    maternite:
      'Pendant le congé, France Travail ne vous paie pas. L’Assurance Maladie vous paie à la place. Vos droits reprennent après le congé.',
    paternite:
      'Pendant le congé, France Travail ne vous paie pas. L’Assurance Maladie vous paie à la place. Vos droits reprennent après le congé.',
    demenagement:
      'Votre dossier va peut-être changer d’agence. Vos courriers iront à la nouvelle adresse.',
    absence:
      'Pendant votre absence, vous ne cherchez pas de travail. France Travail ne vous paie pas ces jours-là. Vous pouvez partir 35 jours par an au plus.',
  },
  validate: 'Valider mon changement',
  modify: 'Modifier',
  sending: 'Envoi en cours…',
  doneTitleSent: 'Votre changement est envoyé',
  doneTitleQueued: 'Votre changement est enregistré',
  reference: 'Référence : {{reference}}',
  date: 'Déclaré le {{date}}',
  print: 'Imprimer mon justificatif',
  printing: 'Impression en cours…',
  printed: 'Votre justificatif est imprimé. Prenez-le dans l’imprimante.',
  keepReference: 'Gardez ce numéro et votre justificatif (le papier qui prouve votre déclaration).',
  errors: {
    kindRequired: 'Choisissez votre changement.',
    debutRequired: 'Écrivez la date.',
    dateFormat: 'Écrivez une vraie date avec 8 chiffres. Par exemple 03/11/2026.',
    debutFuture: 'Cette date est après aujourd’hui. Écrivez la date du premier jour d’arrêt.',
    debutTooFar: 'Cette date est trop loin. Écrivez une date dans les 31 jours à venir, au plus.',
    debutTooOld:
      'Cette date a plus de 6 mois. Pour un changement aussi ancien, parlez à un conseiller à l’accueil.',
    finRequired: 'Écrivez la date du dernier jour.',
    finBeforeDebut: 'Le dernier jour est avant le premier jour. Écrivez une date plus tard.',
    absenceTooShort:
      'Une absence de 7 jours ou moins ne se déclare pas. Vérifiez les dates de votre absence.',
    employeurRequired: 'Écrivez le nom de votre employeur.',
    contratRequired: 'Choisissez votre type de contrat.',
    organismeRequired: 'Écrivez le nom de l’organisme de formation : l’école ou le centre.',
    tooLong: 'Ce texte est trop long. Écrivez 100 lettres au plus.',
    codePostalRequired: 'Écrivez le code postal de votre nouvelle adresse.',
    codePostal: 'Écrivez un code postal de 5 chiffres, par exemple 75011.',
    communeRequired: 'Choisissez votre commune dans la liste.',
  },
  history: {
    documentTitle: 'Mes actualisations',
    title: 'Mes actualisations',
    intro:
      'Voici vos déclarations des 12 derniers mois. Vous pouvez lire ou imprimer chaque justificatif (le papier qui prouve votre déclaration).',
    empty: 'Vous n’avez pas de déclaration dans les 12 derniers mois.',
    loading: 'Nous cherchons vos déclarations…',
    item: 'Déclaration de {{period}}',
    sentOn: 'Envoyée le {{date}}',
    show: 'Voir le justificatif de {{period}}',
    hide: 'Cacher le justificatif de {{period}}',
    print: 'Imprimer le justificatif de {{period}}',
  },
};
