import { adviser } from './fr/adviser';
import { offres } from './fr/offres';
import { actualisationFr } from './fr/actualisation';
import { profil } from './fr/profil';
import { documentsFr } from './fr/documents';
import { admin } from './fr/admin';
import { outbox } from './fr/outbox';
import { language } from './fr/language';
import { keyboard } from './fr/keyboard';
import { speech } from './fr/speech';
import { timeouts } from './fr/timeouts';
import { outOfService } from './fr/outOfService';
import { display } from './fr/display';
import { cv } from './fr/cv';
import { account } from './fr/account';
import { employer } from './fr/employer';
import { situation } from './fr/situation';
import { access } from './fr/access';
import { paiementsFr } from './fr/paiements';
import { employerSpaceFr } from '../../shared/wording';

/** French, the kiosk's first language. Every visible string and accessible name comes from here. */
export const fr = {
  admin,
  adviser,
  profil,
  outbox,
  keyboard,
  language,
  speech,
  timeouts,
  outOfService,
  display,
  cv,
  account,
  employer,
  situation,
  access,
  offres,
  app: {
    name: 'Borne France Travail',
    documentTitle: '{{screen}} — Borne France Travail',
    republicLine1: 'République',
    republicLine2: 'Française',
    tagline: 'Votre agence France Travail',
    tools: 'Écouter, langue et affichage',
    actions: 'Actions',
    loading: 'Chargement…',
  },
  welcome: {
    documentTitle: 'Accueil',
    title: 'Bienvenue dans votre agence France Travail',
    touchToStart: "Touchez l'écran pour commencer",
    start: 'Commencer',
    offres: 'Chercher des offres d’emploi',
  },
  login: {
    documentTitle: 'Connexion',
    title: 'Se connecter à mon espace personnel',
    intro: 'Remplissez les 3 cases.',
    identifiant: 'Identifiant',
    // The term stays (it is printed on every letter); its explanation comes with it.
    identifiantHint:
      'Le code que France Travail vous a donné, par exemple 1234567A. Ou le code que vous avez choisi.',
    motDePasse: 'Mot de passe',
    showPassword: 'Afficher',
    hidePassword: 'Masquer',
    codePostal: 'Code postal',
    codePostalHint: 'Le code postal de l’adresse où vous habitez',
    jobSeekersOnly: employerSpaceFr.jobSeekersOnly,
    employers: `${employerSpaceFr.anyEmployer} ${employerSpaceFr.reception}`,
    submit: 'Se connecter',
    cancel: 'Annuler',
  },
  dashboard: {
    documentTitle: 'Mon espace',
    greeting: 'Bonjour {{prenom}} {{nom}}',
    servicesTitle: 'Que voulez-vous faire ?',
    soon: 'Bientôt',
    soonExplanation:
      'Ces services arrivent bientôt sur la borne. En attendant, un conseiller peut vous aider. Touchez « Appeler un conseiller ».',
    services: {
      actualisation: {
        title: "M'actualiser",
        description: 'Dire chaque mois à France Travail ce que vous avez fait',
      },
      echanges: {
        title: 'Mes échanges',
        description: 'Mes courriers, mes rendez-vous et les documents envoyés',
      },
      documents: {
        title: 'Envoyer un document',
        description: 'Scanner un papier et l’envoyer à France Travail',
      },
      cv: { title: 'Mes CV', description: 'Créer et imprimer mon CV' },
      cle: { title: 'Ma clé de sécurité', description: 'Me connecter sans mot de passe' },
      situation: {
        title: 'Déclarer un changement',
        description: 'Un travail, une formation, un arrêt, un déménagement, une absence',
      },
      historique: {
        title: 'Mes actualisations',
        description: 'Mes déclarations des 12 derniers mois, à relire ou imprimer',
      },
      profil: {
        title: 'Mon profil',
        description: 'Mon adresse, mon téléphone, mon compte bancaire',
      },
      paiements: {
        title: 'Mes paiements',
        description: 'Quand et combien France Travail m’a payé',
      },
      attestations: {
        title: 'Mes attestations',
        description: 'Imprimer un papier pour la CAF, un propriétaire ou les impôts',
      },
      offres: { title: 'Offres d’emploi', description: 'Chercher des offres d’emploi' },
    },
    /** What each tile says first: the thing to know or to do now. */
    now: {
      nextPayment: 'Prochain paiement le {{date}}',
      declareToBePaid: 'Paiement après l’actualisation',
      suspended: 'Paiements arrêtés',
      unread_one: '{{count}} courrier non lu',
      unread_other: '{{count}} courriers non lus',
      appointment: 'Rendez-vous le {{date}}',
    },
    provisional: {
      message:
        'Votre inscription est enregistrée. Vos codes marchent jusqu’à votre rendez-vous du {{date}}. D’ici là, vous pouvez imprimer votre récépissé (le papier qui prouve votre inscription). Vous pouvez aussi envoyer des documents et faire votre CV. Un conseiller doit ensuite valider votre inscription. Alors, les autres services s’ouvriront. Vous recevrez vos codes définitifs par courrier.',
      messageNoDate:
        'Votre inscription est enregistrée. Vos codes marchent jusqu’à votre rendez-vous d’inscription. D’ici là, vous pouvez imprimer votre récépissé (le papier qui prouve votre inscription). Vous pouvez aussi envoyer des documents et faire votre CV. Un conseiller doit ensuite valider votre inscription. Alors, les autres services s’ouvriront. Vous recevrez vos codes définitifs par courrier.',
      appointmentTitle: 'Mon rendez-vous d’inscription',
      appointmentBring: 'Apportez une pièce d’identité et votre récépissé.',
      noAppointment:
        'Vous n’avez pas encore choisi de rendez-vous. Un conseiller peut vous en proposer un. Touchez « Appeler un conseiller ».',
      reference: 'Référence de votre inscription : {{reference}}',
      receipt: {
        title: 'Imprimer mon récépissé',
        description: 'Référence, rendez-vous et prochaines étapes',
      },
    },
  },
  actualisation: actualisationFr,
  ending: {
    documentTitle: 'Fin de la visite',
    title: 'Fin de votre visite',
    text: 'Nous avons effacé vos informations de la borne. Personne ne peut les voir.',
  },
  otherPage: {
    documentTitle: 'Borne déjà utilisée',
    title: 'La borne est déjà ouverte dans une autre fenêtre',
    text: 'Cette page ne peut rien faire : une seule fenêtre à la fois pilote la borne. Fermez cette page et continuez dans la fenêtre déjà ouverte, ou appelez un conseiller.',
  },
  visit: {
    end: 'Terminer',
    confirmEnd: {
      title: 'Terminer votre visite ?',
      keepGoing: 'Continuer ma visite',
      confirm: 'Terminer quand même',
      actualisation:
        "Votre déclaration n'est pas envoyée. Si vous terminez, elle ne sera pas gardée.",
      cv: "Votre CV en cours de modification n'est pas enregistré. Si vous terminez, vos modifications ne seront pas gardées.",
      registration:
        "Votre inscription n'est pas finie. Si vous terminez, ce que vous avez écrit sur cette étape ne sera pas gardé.",
      document:
        "Votre document n'est pas envoyé. Si vous terminez, les pages scannées ne seront pas gardées.",
      form: "Votre demande n'est pas envoyée. Si vous terminez, ce que vous avez écrit ne sera pas gardé.",
    },
  },
  assist: {
    call: 'Appeler un conseiller',
    sending: 'Nous prévenons un conseiller…',
    failed: "Nous n'avons pas pu prévenir un conseiller. Allez à l'accueil de l'agence.",
  },
  idle: {
    title: 'Êtes-vous toujours là ?',
    text_one:
      'Vous n’avez rien touché depuis un moment. Pour protéger vos informations, la borne va tout effacer dans {{count}} seconde.',
    text_other:
      'Vous n’avez rien touché depuis un moment. Pour protéger vos informations, la borne va tout effacer dans {{count}} secondes.',
    stillHere: 'Je suis encore là',
  },
  form: {
    errorsToFix_one: 'Une case est à corriger.',
    errorsToFix_other: '{{count}} cases sont à corriger.',
  },
  validation: {
    identifiant: {
      required: 'Écrivez votre identifiant.',
      format:
        'Écrivez 7 chiffres et 1 lettre, par exemple 1234567A. Ou écrivez le code que vous avez choisi : 6 à 20 lettres et chiffres, sans espace.',
    },
    motDePasse: {
      required: 'Écrivez votre mot de passe.',
      tooLong: 'Ce mot de passe est trop long. Écrivez 128 caractères au plus.',
    },
    codePostal: {
      required: 'Écrivez le code postal de l’adresse où vous habitez.',
      format: 'Écrivez un code postal de 5 chiffres, par exemple 75011.',
    },
    offerNumber: 'Écrivez 6 chiffres et 1 lettre, par exemple 688418K.',
    romeCode: 'Écrivez 1 lettre et 4 chiffres, par exemple D1102.',
    offresPlace: 'Touchez un lieu dans la liste, sous la case.',
    offresCriteria: 'Écrivez un métier, ou choisissez un lieu.',
  },
  documents: documentsFr,
  paiements: paiementsFr,
  errors: {
    invalid_input: 'Certaines informations sont à corriger. Lisez le message sous chaque case.',
    invalid_credentials:
      'Un de vos codes n’est pas bon : identifiant, mot de passe ou code postal. Vérifiez vos codes, puis réessayez.',
    api_unreachable:
      'Le service ne répond pas pour le moment. Réessayez dans quelques minutes, ou appelez un conseiller.',
    api_error:
      'Le service a un problème. Réessayez dans quelques minutes, ou appelez un conseiller.',
    no_active_visit: 'Votre visite est finie. Touchez « Commencer » pour recommencer.',
    not_signed_in: 'Vous n’êtes plus connecté. Connectez-vous de nouveau à votre espace.',
    forbidden: "Cette action n'est pas autorisée sur la borne. Appelez un conseiller.",
    account_locked:
      'Vous avez fait trop d’essais. Pour votre sécurité, votre compte est bloqué pendant {{minutes}} minutes. Un conseiller peut vous aider.',
    account_pending:
      "Votre inscription n'est pas finie : elle n'est pas encore envoyée. Pour la finir, touchez « Reprendre mon inscription ».",
    employer_space: `Ces codes sont ceux d’un espace employeur. ${employerSpaceFr.anyEmployer} ${employerSpaceFr.reception}`,
    certification_required:
      'Votre compte n’est pas encore certifié : vous ne pouvez pas publier d’offre. Un conseiller doit d’abord vérifier qui vous êtes.',
    printer_unavailable:
      "L'imprimante ne répond pas. Vous pouvez lire le document à l'écran, ou appeler un conseiller.",
    already_declared: 'Vous vous êtes déjà actualisé ce mois-ci.',
    change_already_declared:
      'Vous avez déjà déclaré ce changement, avec la même date. Vous n’avez rien à refaire.',
    window_closed:
      'Vous ne pouvez pas vous actualiser en ce moment. Regardez la date sur votre espace.',
    unknown_method:
      "Cette fonction n'est pas encore disponible sur la borne. Appelez un conseiller.",
    offer_not_found: 'Aucune offre n’a ce numéro. Vérifiez le numéro.',
    offer_filled: 'Cette offre est pourvue : l’employeur a trouvé quelqu’un.',
    offer_withdrawn: 'Cette offre est retirée : l’employeur l’a arrêtée.',
    already_applied:
      'Vous avez déjà postulé à cette offre. Votre candidature est dans « Mes échanges ».',
    apply_not_online:
      'Pour cette offre, on ne postule pas sur la borne. Lisez « Pour postuler » : on vous dit comment faire.',
    cv_not_published:
      'Ce CV n’est pas en ligne. Mettez-le en ligne dans « Mes CV », puis réessayez.',
    classeur_full:
      'Votre classeur est plein : 50 offres au plus. Retirez une offre, puis réessayez.',
    alert_limit_reached: 'Vous avez déjà 5 abonnements. Arrêtez un abonnement, puis réessayez.',
    internal: 'Il y a eu un problème. Réessayez, ou appelez un conseiller.',
  },
};

/** The shape every other catalogue must have: same keys, string leaves. */
export type Catalogue = DeepStrings<typeof fr>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
