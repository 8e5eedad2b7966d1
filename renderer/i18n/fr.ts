import { actualisationFr } from './fr/actualisation';
import { documentsFr } from './fr/documents';
import { admin } from './fr/admin';
import { outbox } from './fr/outbox';
import { keyboard } from './fr/keyboard';
import { display } from './fr/display';
import { cv } from './fr/cv';
import { account } from './fr/account';
import { employer } from './fr/employer';
import { employerSpaceFr } from '../../shared/wording';

/** French, the kiosk's first language. Every visible string and accessible name comes from here. */
export const fr = {
  admin,
  outbox,
  keyboard,
  display,
  cv,
  account,
  employer,
  app: {
    name: 'Borne France Travail',
    documentTitle: '{{screen}} — Borne France Travail',
    republicLine1: 'République',
    republicLine2: 'Française',
    tagline: 'Votre agence France Travail',
    actions: 'Actions',
    loading: 'Chargement…',
  },
  welcome: {
    documentTitle: 'Accueil',
    title: 'Bienvenue dans votre agence France Travail',
    touchToStart: "Touchez l'écran pour commencer",
    start: 'Commencer',
  },
  login: {
    documentTitle: 'Connexion',
    title: 'Se connecter à mon espace personnel',
    intro: 'Tous les champs sont obligatoires.',
    identifiant: 'Identifiant',
    identifiantHint:
      '7 chiffres et 1 lettre (par exemple 1234567A), ou celui que vous avez choisi : de 6 à 20 lettres et chiffres',
    motDePasse: 'Mot de passe',
    showPassword: 'Afficher',
    hidePassword: 'Masquer',
    codePostal: 'Code postal',
    codePostalHint: 'Le code postal de votre domicile',
    jobSeekersOnly: employerSpaceFr.jobSeekersOnly,
    employers: `${employerSpaceFr.anyEmployer} ${employerSpaceFr.reception}`,
    submit: 'Se connecter',
    cancel: 'Annuler',
  },
  dashboard: {
    documentTitle: 'Mon espace',
    greeting: 'Bonjour {{prenom}} {{nom}}',
    servicesTitle: 'Vos services',
    soon: 'Bientôt',
    soonExplanation:
      'Ces services arrivent bientôt sur la borne. En attendant, un conseiller peut vous aider : touchez « Appeler un conseiller ».',
    services: {
      actualisation: { title: "M'actualiser", description: 'Déclarer ma situation du mois' },
      echanges: { title: 'Mes échanges', description: 'Courriers et documents envoyés' },
      documents: {
        title: 'Envoyer un document',
        description: 'Scanner et transmettre un justificatif',
      },
      cv: { title: 'Mes CV', description: 'Créer et imprimer mon CV' },
      cle: { title: 'Ma clé de sécurité', description: 'Me connecter sans mot de passe' },
    },
    provisional: {
      message:
        'Votre inscription est enregistrée. Vos codes sont provisoires jusqu’à votre rendez-vous du {{date}} : d’ici là, vous pouvez imprimer votre récépissé, envoyer des documents et faire votre CV. Les autres services (actualisation, courriers…) s’ouvriront quand un conseiller aura validé votre inscription ; vos codes définitifs vous seront alors envoyés par courrier.',
      messageNoDate:
        'Votre inscription est enregistrée. Vos codes sont provisoires jusqu’à votre rendez-vous d’inscription : d’ici là, vous pouvez imprimer votre récépissé, envoyer des documents et faire votre CV. Les autres services (actualisation, courriers…) s’ouvriront quand un conseiller aura validé votre inscription ; vos codes définitifs vous seront alors envoyés par courrier.',
      appointmentTitle: 'Mon rendez-vous d’inscription',
      appointmentBring: 'Apportez une pièce d’identité et votre récépissé.',
      noAppointment:
        'Vous n’avez pas encore choisi de rendez-vous. Un conseiller peut vous en proposer un : touchez « Appeler un conseiller ».',
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
    text: 'Vos informations sont effacées de la borne.',
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
        "Votre inscription n'est pas terminée. Si vous terminez, ce que vous avez saisi sur cette étape ne sera pas gardé.",
      document:
        "Votre document n'est pas envoyé. Si vous terminez, les pages numérisées ne seront pas gardées.",
      form: "Votre demande n'est pas envoyée. Si vous terminez, ce que vous avez saisi ne sera pas gardé.",
    },
  },
  assist: {
    call: 'Appeler un conseiller',
    sending: 'Nous prévenons un conseiller…',
    sent: 'Un conseiller a été prévenu et va venir vous aider.',
    failed: "Nous n'avons pas pu prévenir un conseiller. Adressez-vous à l'accueil de l'agence.",
  },
  idle: {
    title: 'Êtes-vous toujours là ?',
    text_one:
      'Pour protéger vos informations, votre session va se terminer dans {{count}} seconde.',
    text_other:
      'Pour protéger vos informations, votre session va se terminer dans {{count}} secondes.',
    stillHere: 'Je suis encore là',
  },
  form: {
    errorsToFix_one: 'Un champ est à corriger.',
    errorsToFix_other: '{{count}} champs sont à corriger.',
  },
  validation: {
    identifiant: {
      required: 'Saisissez votre identifiant.',
      format:
        "L'identifiant comporte 7 chiffres et 1 lettre (par exemple 1234567A), ou de 6 à 20 lettres et chiffres sans espace (par exemple frankcapra).",
    },
    motDePasse: {
      required: 'Saisissez votre mot de passe.',
      tooLong: 'Le mot de passe est trop long : 128 caractères au maximum.',
    },
    codePostal: {
      required: 'Saisissez le code postal de votre domicile.',
      format: 'Le code postal comporte 5 chiffres, par exemple 75011.',
    },
  },
  documents: documentsFr,
  errors: {
    invalid_input: 'Certaines informations ne sont pas valides. Corrigez les champs signalés.',
    invalid_credentials:
      "Identifiant, mot de passe ou code postal incorrect. Vérifiez vos codes d'accès et réessayez.",
    api_unreachable:
      'Le service est momentanément indisponible. Réessayez dans quelques minutes ou appelez un conseiller.',
    api_error:
      'Le service a rencontré un problème. Réessayez dans quelques minutes ou appelez un conseiller.',
    no_active_visit: 'Votre visite est terminée. Touchez « Commencer » pour recommencer.',
    not_signed_in: "Vous n'êtes plus connecté. Reconnectez-vous à votre espace personnel.",
    forbidden: "Cette action n'est pas autorisée sur la borne. Appelez un conseiller.",
    account_locked:
      'Trop de tentatives de connexion. Par sécurité, votre accès est bloqué pendant {{minutes}} minutes. Un conseiller peut vous aider.',
    account_pending:
      "Votre inscription n'est pas terminée : elle n'a pas encore été envoyée. Pour la compléter, touchez « Reprendre mon inscription ».",
    employer_space: `Ces codes sont ceux d’un espace employeur. ${employerSpaceFr.anyEmployer} ${employerSpaceFr.reception}`,
    printer_unavailable:
      "L'imprimante ne répond pas. Vous pouvez consulter le document à l'écran ou appeler un conseiller.",
    already_declared: 'Vous avez déjà déclaré votre situation pour ce mois.',
    window_closed: "La période d'actualisation est fermée.",
    unknown_method:
      "Cette fonction n'est pas encore disponible sur la borne. Appelez un conseiller.",
    internal: "Une erreur inattendue s'est produite. Réessayez ou appelez un conseiller.",
  },
};

/** The shape every other catalogue must have: same keys, string leaves. */
export type Catalogue = DeepStrings<typeof fr>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
