/**
 * What a signed-in job seeker does with offers: « Mon classeur d'offres », the alerts by e-mail,
 * applying with a CV. Easy French.
 */
export const classeur = {
  title: 'Mon classeur d’offres',
  intro: 'Les offres que vous avez gardées pour plus tard.',
  open: 'Mon classeur d’offres',
  save: 'Garder dans mon classeur',
  saved: 'L’offre est dans votre classeur.',
  remove: 'Retirer de mon classeur',
  removed: 'L’offre n’est plus dans votre classeur.',
  empty: 'Votre classeur est vide. Pour garder une offre, touchez « Garder dans mon classeur ».',
  loading: 'Chargement du classeur…',
  savedOn: 'Gardée le {{date}}',
  gone: {
    filled: 'Cette offre n’est plus disponible : elle a été pourvue. « {{title}} »',
    withdrawn: 'Cette offre n’est plus disponible : l’employeur l’a retirée. « {{title}} »',
  },
  back: 'Retour à mon classeur',
  signInToSave: 'Pour garder une offre ou pour postuler, connectez-vous à votre espace.',
};

export const alerts = {
  title: 'Mes abonnements aux offres',
  intro: 'Chaque jour, nous vous envoyons par courriel les nouvelles offres de votre recherche.',
  open: 'Mes abonnements aux offres',
  subscribe: 'Recevoir ces offres par courriel',
  formTitle: 'Recevoir ces offres par courriel',
  formIntro:
    'Donnez un nom à cet abonnement. Il dure 3 mois. Il dure 3 mois de plus à chaque fois que vous regardez vos abonnements.',
  name: 'Nom de l’abonnement',
  nameHint: 'Par exemple : Boulanger à Paris.',
  email: 'Adresse e-mail',
  emailHint: 'Les offres arrivent à cette adresse. Vous pouvez la changer.',
  criteria: 'Votre recherche',
  create: 'Enregistrer l’abonnement',
  created: 'C’est noté. Vous recevrez les nouvelles offres par courriel.',
  activeUntil: 'Actif jusqu’au {{date}}',
  delete: 'Arrêter l’abonnement « {{name}} »',
  deleteConfirm: 'Voulez-vous arrêter cet abonnement ?',
  deleteConfirmText: 'Vous ne recevrez plus ces offres par courriel.',
  cancelDelete: 'Non, le garder',
  deleteYes: 'Oui, arrêter',
  deleted: 'L’abonnement est arrêté.',
  empty:
    'Vous n’avez pas d’abonnement. Faites une recherche, puis touchez « Recevoir ces offres par courriel ».',
  loading: 'Chargement des abonnements…',
  cancel: 'Retour aux résultats',
  errors: {
    nameRequired: 'Écrivez un nom pour cet abonnement.',
    nameTooLong: 'Écrivez un nom plus court : 40 lettres au plus.',
    emailRequired: 'Écrivez votre adresse e-mail.',
    emailInvalid: 'Écrivez une adresse e-mail complète, par exemple nom@exemple.fr.',
  },
};

export const apply = {
  button: 'Postuler à cette offre',
  title: 'Postuler à l’offre',
  offer: 'Offre',
  cvLegend: 'Quel CV voulez-vous envoyer ?',
  cvUpdated: 'Changé le {{date}}',
  noCv: 'Pour postuler, il faut un CV en ligne. Créez votre CV, puis mettez-le en ligne.',
  toCv: 'Aller à mes CV',
  message: 'Message à l’employeur (si vous voulez)',
  messageHint: 'Dites en quelques mots pourquoi ce travail vous plaît. 500 signes au plus.',
  review: 'Relire ma candidature',
  reviewTitle: 'Relisez votre candidature',
  cv: 'CV envoyé',
  noMessage: 'Pas de message',
  modify: 'Modifier ma candidature',
  send: 'Envoyer ma candidature',
  sending: 'Envoi en cours…',
  back: 'Retour à l’offre',
  loading: 'Chargement de vos CV…',
  sentTitle: 'Votre candidature est envoyée',
  queuedTitle: 'Votre candidature est enregistrée',
  sentText: 'L’employeur peut lire votre CV. S’il est intéressé, il vous contacte.',
  queuedText:
    'La borne n’arrive pas à l’envoyer pour le moment. Elle l’enverra dès que possible. Vous n’avez rien à refaire.',
  reference: 'Référence : {{reference}}',
  keepReference: 'Gardez ce numéro et votre justificatif (le papier qui prouve votre candidature).',
  print: 'Imprimer le justificatif',
  printed: 'Le justificatif est imprimé. Prenez la feuille dans l’imprimante.',
  toApplications: 'Voir mes candidatures',
  alreadyApplied: 'Vous avez déjà postulé à cette offre.',
  errors: {
    cvRequired: 'Touchez un CV dans la liste.',
    messageTooLong: 'Écrivez un message plus court : 500 signes au plus.',
  },
};

export const applications = {
  title: 'Mes candidatures',
  empty: 'Vous n’avez pas encore postulé à une offre.',
  sentOn: 'Envoyée le {{date}}',
  reference: 'Référence {{reference}}',
  statuses: {
    envoyee: 'Envoyée',
    en_cours: 'En cours d’envoi',
    offre_fermee: 'Offre fermée',
  },
  find: 'Chercher des offres',
};

export const forCv = 'Voir les offres pour ce CV';
