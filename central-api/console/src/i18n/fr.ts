/**
 * The console's words. Staff screens are French only (agency staff work in French); the kiosk's
 * catalogue machinery (three languages, FALC checks for job seekers) would not fit them. Each
 * helper's pages add their own section here.
 */
export const fr = {
  appName: 'Console des agences',
  brand: 'France Travail',
  roles: {
    conseiller: 'Conseiller',
    responsable: "Responsable d'agence",
    it: 'Informatique (parc des bornes)',
  },
  allAgencies: 'Toutes les agences',
  signIn: {
    title: 'Se connecter à la console',
    intro: 'Utilisez votre identifiant et votre mot de passe de la console des agences.',
    identifiant: 'Identifiant',
    identifiantHint: 'Par exemple : prenom.nom',
    motDePasse: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    identifiantRequired: 'Indiquez votre identifiant.',
    motDePasseRequired: 'Indiquez votre mot de passe.',
    invalid: 'Identifiant ou mot de passe incorrect. Vérifiez-les puis réessayez.',
    lockedTitle: 'Compte bloqué pour le moment',
    locked: (until: string) =>
      `Trop d'essais sans succès : la connexion est bloquée jusqu'à ${until}. Réessayez ensuite, ou demandez de l'aide à l'équipe informatique.`,
  },
  shell: {
    signOut: 'Se déconnecter',
    nav: 'Menu de la console',
    signedInAs: 'Connecté :',
    sessionEnded: 'Votre session a pris fin. Connectez-vous à nouveau.',
    noPage: "Aucune page de la console n'est ouverte à votre rôle.",
    notFound: "Cette page n'existe pas. Choisissez une page dans le menu.",
    loading: 'Chargement…',
    skipToContent: 'Aller au contenu',
  },
  live: {
    connected: 'Mise à jour en direct',
    reconnecting: 'Connexion perdue : nouvelle tentative dans quelques secondes…',
  },
  errors: {
    network: 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.',
    busy: 'Le serveur est très occupé. Réessayez dans quelques secondes.',
    rateLimited: (seconds: number) =>
      `Trop de demandes en peu de temps. Réessayez dans ${seconds} secondes.`,
    forbidden: "Votre rôle ne permet pas cette action. Demandez à votre responsable d'agence.",
    invalid: 'La demande est refusée : une information est incorrecte.',
    notFound: "Cet élément n'existe plus. La liste va se mettre à jour.",
    conflict: "Cette action n'est plus possible : quelqu'un l'a déjà faite.",
    server:
      'Le serveur a rencontré un problème. Réessayez. Si cela continue, prévenez l’informatique.',
  },
  helpRequests: {
    title: "Demandes d'aide",
    intro:
      "Les personnes qui ont appuyé sur « Appeler un conseiller » sur une borne de l'agence. La plus ancienne est en haut.",
    empty: "Aucune demande d'aide en attente.",
    count: (n: number) => (n === 0 ? 'Aucune demande' : n === 1 ? '1 demande' : `${n} demandes`),
    terminal: 'Borne',
    screen: 'Écran de la personne',
    waiting: 'Attente',
    state: 'Suivi',
    actions: 'Action',
    take: "J'arrive",
    takeLabel: (terminal: string) => `J'arrive à la borne ${terminal}`,
    close: 'Terminer',
    closeLabel: (terminal: string) => `Terminer l'aide à la borne ${terminal}`,
    waitingState: 'En attente',
    takenByMe: 'Vous y allez',
    takenBy: (nom: string) => `Pris par ${nom}`,
    agency: 'Agence',
    minutes: (m: number, s: number) =>
      m === 0 ? `${s} s` : `${m} min ${String(s).padStart(2, '0')} s`,
    closedNotice: (terminal: string, minutes: number) =>
      `Aide terminée à la borne ${terminal} (${minutes} min en tout).`,
  },
  enrolTerminal: {
    title: 'Enrôler une borne',
    intro:
      "Une borne s'enrôle avec un code à usage unique. Saisissez ce code dans la configuration de la borne (terminal.enrolmentCode). Si la borne est déjà enrôlée, le code la réenrôle : ses anciens accès ne marchent plus.",
    label: 'Nom de la borne',
    labelHint: 'Le même que dans sa configuration (terminal.label), par exemple paris-11-borne-2.',
    labelRequired: 'Indiquez le nom de la borne.',
    labelTooLong: 'Le nom de la borne fait 64 caractères au plus.',
    agency: "Code de l'agence (facultatif)",
    agencyHint: 'Par exemple : PARIS11. Sans code, la borne garde son agence.',
    agencyInvalid: "Ce code d'agence n'existe pas. Vérifiez-le, par exemple PARIS11.",
    submit: 'Créer le code',
    submitting: 'Création du code…',
    issuedTitle: (label: string) => `Code pour la borne ${label}`,
    issuedCode: 'Code à usage unique',
    issuedUntil: (until: string) =>
      `Valable une seule fois, jusqu'au ${until}. Notez-le maintenant : il ne sera plus affiché.`,
    reenrolment:
      'Cette borne est déjà enrôlée : ce code la réenrôlera, et ses anciens accès seront révoqués.',
    alertsTitle: 'Enrôlements refusés ces dernières 24 heures',
    alerts: (refused: number, throttled: number) =>
      `${refused === 0 ? 'Aucun refus' : refused === 1 ? '1 refus' : `${refused} refus`}, ${throttled === 0 ? 'aucune adresse bloquée' : throttled === 1 ? '1 adresse bloquée' : `${throttled} adresses bloquées`}.`,
    alertsHint:
      'Un refus est un essai avec un code ou un jeton faux, ou sur une borne déjà enrôlée. Beaucoup de refus peuvent signaler une attaque.',
  },
} as const;
