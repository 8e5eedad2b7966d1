import { actualisationQuestionsFr, declarationStatusFr } from '../../../shared/wording';

/** The monthly actualisation's French strings. */
export const actualisationFr = {
  documentTitle: 'Actualisation',
  loading: 'Nous vérifions si vous pouvez vous actualiser…',
  back: 'Retour à mon espace',
  leaveHint: 'Si vous partez maintenant, vos réponses ne sont pas gardées.',
  previous: 'Précédent',
  next: 'Continuer',
  period: 'Actualisation {{ofPeriod}}',
  intro: {
    title: 'M’actualiser pour {{period}}',
    // The official word stays (letters and the website use it); this line says what it means.
    what: 'M’actualiser : dire chaque mois à France Travail ce que vous avez fait. Vous devez le faire pour rester inscrit.',
    until: 'Vous pouvez le faire jusqu’au {{date}} inclus.',
    needTitle: 'Préparez :',
    needHours: 'le nombre d’heures où vous avez travaillé, et votre salaire brut ;',
    needSick: 'les dates de votre arrêt maladie, si vous avez été malade.',
    answerAll: 'Il y a 8 questions, une par écran. Répondez à toutes les questions.',
    start: 'Commencer mon actualisation',
  },
  closed: {
    title: 'Vous ne pouvez pas vous actualiser en ce moment',
    next: 'Pour le mois {{ofPeriod}}, vous pourrez le faire à partir du {{date}}.',
    until: 'Vous pourrez le faire jusqu’au {{date}} inclus.',
  },
  progress: 'Question {{n}} sur 8',
  yes: 'Oui',
  no: 'Non',
  chooseAnswer: 'Choisissez « Oui » ou « Non ».',
  questions: actualisationQuestionsFr,
  /**
   * One line under each legal question, in plain words: what it covers. The question itself is the
   * official wording and stays as it is.
   */
  questionHelp: {
    formation: 'Par exemple : vous suivez des cours pour apprendre un métier.',
    travail: 'Même quelques heures. Même à votre compte.',
    stage: 'Un stage : vous apprenez un métier dans une entreprise.',
    arretMaladie: 'Un médecin vous a dit de ne pas travailler.',
    maternite: 'Vous avez eu un enfant ou vous allez en avoir un.',
    retraite: 'Vous recevez de l’argent de votre retraite pour la première fois ce mois-ci.',
    invalidite:
      'La pension d’invalidité : de l’argent versé parce que vous ne pouvez plus travailler comme avant.',
    rechercheEmploi: 'Répondez « Oui » si vous cherchez encore du travail, même à temps partiel.',
  },
  employeurs: {
    title: 'Vos employeurs ou activités en {{period}}',
    brutHelp:
      'Le salaire brut : votre salaire avant que l’on enlève les cotisations sociales. Il est écrit en haut de votre fiche de paie. Comptez aussi les heures en plus, les primes et l’argent des congés payés. Vous travaillez à votre compte ? Écrivez l’argent gagné dans le mois : le chiffre d’affaires.',
    legend: 'Employeur ou activité {{n}}',
    nom: 'Nom de l’employeur ou de l’activité',
    heures: 'Heures travaillées dans le mois',
    heuresHint: 'En heures entières, par exemple 35',
    brut: 'Salaire brut du mois, en euros',
    brutHint: 'Par exemple 1 234,56',
    add: 'Ajouter un employeur',
    remove: 'Retirer l’employeur {{n}}',
  },
  dates: {
    arretMaladieTitle: 'Dates de votre arrêt maladie en {{period}}',
    materniteTitle: 'Dates de votre congé en {{period}}',
    debut: 'Premier jour',
    fin: 'Dernier jour',
    hint: 'Le jour, le mois et l’année (JJ/MM/AAAA), dans le mois {{ofPeriod}}',
  },
  stop: {
    warning:
      'Attention : « Non » veut dire que vous ne cherchez plus de travail. Votre inscription s’arrête. Vos allocations (l’argent versé par France Travail) s’arrêtent aussi.',
    title: 'Confirmez-vous que vous ne cherchez plus d’emploi ?',
    text: 'Votre inscription va s’arrêter. Vos allocations vont s’arrêter. Votre conseiller ne vous suivra plus. Vous cherchez encore un travail, même à temps partiel ? Alors répondez « Oui ».',
    confirm: 'Je confirme : je ne cherche plus d’emploi',
    cancel: 'Revenir à la question',
  },
  review: {
    title: 'Vérifiez votre déclaration {{ofPeriod}}',
    intro: 'Relisez vos réponses. Pour corriger une réponse, touchez « Modifier ».',
    edit: 'Modifier',
    editLabel: 'Modifier la réponse à : {{question}}',
    submit: 'Valider ma déclaration',
    sending: 'Envoi de votre déclaration…',
    notSent:
      'Votre déclaration n’est pas envoyée. Le service ne répond pas. Vos réponses sont toujours là. Réessayez dans quelques minutes, ou appelez un conseiller.',
    retry: 'Réessayer',
  },
  employeurLine: '{{nom}} : {{heures}} heures, {{brut}} brut',
  datesLine: 'du {{debut}} au {{fin}}',
  done: {
    titleSent: 'Votre actualisation est envoyée',
    titleQueued: 'Votre actualisation est enregistrée',
    reference: 'Référence : {{reference}}',
    date: 'Déclaration faite le {{date}}',
    statusSent: declarationStatusFr.sent,
    statusQueued: declarationStatusFr.queued,
    confirmSent:
      'France Travail a bien reçu votre déclaration. Vous n’avez plus rien à faire. Gardez votre justificatif : c’est la preuve de votre déclaration.',
    confirmQueued:
      'Votre déclaration est enregistrée sur la borne. La borne l’enverra dès que possible, même après votre départ. Vous n’avez plus rien à faire. Gardez votre justificatif : c’est la preuve de votre déclaration.',
    status: 'État : {{status}}',
    print: 'Imprimer mon justificatif',
    printing: 'Impression en cours…',
    printed: 'Votre justificatif est imprimé. Récupérez-le à l’imprimante.',
    show: 'Voir mon justificatif',
    hide: 'Masquer mon justificatif',
    documents: 'Envoyer mes justificatifs',
    documentsHint:
      'Vous avez déclaré des heures de travail ou un arrêt maladie. Envoyez vos fiches de paie ou votre avis d’arrêt.',
  },
  already: {
    title: 'Vous avez déjà déclaré votre situation {{ofPeriod}}',
    text: 'Vous pouvez faire une seule déclaration par mois. Voici celle que vous avez faite.',
  },
  receipt: {
    label: 'Justificatif d’actualisation',
    title: 'Justificatif d’actualisation — {{period}}',
    holder: 'Déclarant : {{prenom}} {{nom}}',
    answers: 'Vos réponses',
  },
  tile: {
    todo: 'À faire d’ici le {{date}}',
    todoDescription:
      'Dites à France Travail ce que vous avez fait en {{period}}. Vous avez jusqu’au {{date}} inclus.',
    done: 'Faite le {{date}}',
    doneDescription: 'C’est fait pour {{period}}',
    closed: 'Pas maintenant',
    closedDescription: 'Vous pourrez le faire à partir du {{date}}',
  },
  errors: {
    employeurs: {
      required: 'Ajoutez au moins un employeur ou une activité.',
      unexpected: 'Vous avez répondu « Non » : retirez les employeurs.',
    },
    nom: {
      required: 'Écrivez le nom de l’employeur ou de l’activité.',
      tooLong: 'Ce nom est trop long. Écrivez 100 caractères au plus.',
    },
    heures: {
      required: 'Écrivez le nombre d’heures travaillées.',
      whole: 'Écrivez un nombre d’heures entier, sans virgule, par exemple 35.',
      negative: 'Écrivez un nombre d’heures sans le signe moins.',
      tooMany:
        'Ces heures font plus que le mois entier, pour tous vos employeurs. Vérifiez les heures.',
    },
    brut: {
      required: 'Écrivez le salaire brut du mois.',
      format: 'Écrivez un montant en euros, par exemple 1 234,56.',
      negative: 'Écrivez le salaire brut sans le signe moins.',
      tooHigh: 'Ce montant semble trop grand pour un mois. Vérifiez le salaire brut.',
    },
    dates: {
      debutRequired: 'Écrivez le premier jour.',
      finRequired: 'Écrivez le dernier jour.',
      format: 'Écrivez une date qui existe : JJ/MM/AAAA, par exemple 05/10/2026.',
      outsideMonth: 'Écrivez une date dans le mois déclaré.',
      reversed: 'Écrivez un dernier jour après le premier jour.',
      unexpected: 'Vous avez répondu « Non » : retirez les dates.',
    },
  },
};
