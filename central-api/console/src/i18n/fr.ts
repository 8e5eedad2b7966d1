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
  updates: {
    title: 'Mises à jour',
    intro:
      'Publiez une nouvelle version des bornes, puis choisissez à quelles bornes la proposer. Une borne installe la version entre deux visites, jamais pendant une visite.',
    versionsTitle: 'Versions en service',
    versionsEmpty: 'Aucune borne ne nous a encore dit sa version.',
    version: 'Version',
    terminals: 'Bornes',
    terminalCount: (n: number) => (n === 0 ? 'aucune' : n === 1 ? '1 borne' : `${n} bornes`),
    rolloutTitle: 'Diffusion',
    rolloutNone: "Aucune version n'est proposée aux bornes pour le moment.",
    rolloutNow: (version: string, percentage: number, where: string, offered: number) =>
      `Version ${version} proposée à ${percentage} % des bornes (${where}) : ${offered === 0 ? 'aucune borne' : offered === 1 ? '1 borne' : `${offered} bornes`} pour le moment.`,
    rolloutVersion: 'Version à proposer',
    rolloutVersionPick: 'Choisissez une version',
    rolloutPercentage: 'Part des bornes (en %)',
    rolloutPercentageHint:
      'De 0 à 100. Commencez petit (par exemple 5 %), puis augmentez : les bornes déjà servies le restent.',
    rolloutAgencies: 'Agences',
    rolloutAllAgencies: 'Toutes les agences',
    rolloutSubmit: 'Enregistrer la diffusion',
    rolloutSaved: 'Diffusion enregistrée.',
    rolloutVersionRequired: 'Choisissez la version à proposer.',
    rolloutPercentageInvalid: 'Indiquez un nombre entier de 0 à 100.',
    rolloutAgenciesRequired: 'Choisissez au moins une agence, ou « Toutes les agences ».',
    uploadTitle: 'Publier une version',
    uploadPlatform: 'Système des bornes',
    uploadWindows: 'Windows (fichier .exe)',
    uploadLinux: 'Linux (fichier .AppImage)',
    uploadVersion: 'Numéro de version',
    uploadVersionHint: 'Trois nombres séparés par des points, par exemple 1.4.0.',
    uploadVersionInvalid: 'Écrivez la version comme 1.4.0 : trois nombres séparés par des points.',
    uploadFile: "Fichier d'installation",
    uploadFileHint: "Le fichier produit par la construction de l'application (600 Mo au plus).",
    uploadFileRequired: "Choisissez le fichier d'installation.",
    uploadFileTooLarge: 'Ce fichier dépasse 600 Mo : ce n’est pas un fichier de la borne.',
    uploadExists:
      'Cette version a déjà un autre fichier. Donnez un nouveau numéro de version à ce fichier.',
    uploadSubmit: 'Publier',
    uploadSending: 'Envoi en cours…',
    uploaded: (version: string) =>
      `Version ${version} publiée. Choisissez maintenant à quelles bornes la proposer.`,
    releasesTitle: 'Versions publiées',
    releasesEmpty: "Aucune version publiée pour l'instant.",
    platform: 'Système',
    platforms: { win: 'Windows', linux: 'Linux' },
    size: 'Taille',
    megabytes: (bytes: number) =>
      `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`,
    uploadedAt: 'Publiée le',
  },
} as const;
