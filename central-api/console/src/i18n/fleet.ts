/** The words of the fleet pages ("Parc de bornes", IT's view of every terminal). */
export const fleet = {
  title: 'Parc de bornes',
  intro:
    'Chaque borne, son état et sa santé, mis à jour en direct. Une borne est « hors ligne » quand elle ne donne plus de nouvelles depuis 3 minutes.',
  readOnly:
    "Vous voyez les bornes de votre agence. Seule l'équipe informatique peut agir sur elles.",
  filters: 'Filtrer les bornes',
  agency: 'Agence',
  allAgencies: 'Toutes les agences',
  state: 'État',
  allStates: 'Tous les états',
  withAlert: 'Avec une alerte',
  count: (n: number) => (n === 0 ? 'Aucune borne' : n === 1 ? '1 borne' : `${n} bornes`),
  loading: 'Chargement des bornes…',
  states: {
    online: 'En ligne',
    offline: 'Hors ligne',
    out_of_service: 'Hors service',
  },
  devices: { ok: 'OK', error: 'En panne', absent: 'Absent', unknown: 'Pas encore utilisé' },
  columns: {
    terminal: 'Borne',
    agency: 'Agence',
    state: 'État',
    version: 'Version',
    uptime: 'Allumée depuis',
    outbox: "File d'envoi",
    devices: 'Scanner · imprimante · caméra',
    visits: "Visites aujourd'hui",
    lastError: 'Dernière erreur',
    config: 'Configuration',
  },
  none: '—',
  lastSeen: (time: string) => `vue à ${time}`,
  neverSeen: 'jamais vue',
  uptime: (hours: number, minutes: number) =>
    hours === 0 ? `${minutes} min` : `${hours} h ${String(minutes).padStart(2, '0')}`,
  outbox: (depth: number, oldestMinutes: number | null, attention: number) =>
    `${depth} en attente` +
    (oldestMinutes === null ? '' : `, la plus ancienne depuis ${oldestMinutes} min`) +
    (attention > 0 ? `, ${attention} à vérifier` : ''),
  configVersions: (requested: number, applied: number | null) =>
    `version ${requested} demandée / ${applied === null ? 'aucune' : `version ${applied}`} appliquée`,
  alerts: {
    title: 'Alertes',
    none: 'Aucune alerte.',
    offline: (label: string, minutes: number) => `${label} : hors ligne depuis ${minutes} min.`,
    queue_old: (label: string, hours: number) =>
      `${label} : un envoi attend depuis plus de ${hours} h.`,
    needs_attention: (label: string, count: number) =>
      `${label} : ${count} envoi${count > 1 ? 's' : ''} à vérifier.`,
  },
  open: (label: string) => `Voir la borne ${label}`,
  detail: {
    title: (label: string) => `Borne ${label}`,
    close: 'Fermer la fiche',
    visitOn: 'Une visite est en cours.',
    visitOff: 'Aucune visite en cours.',
    actions: 'Actions à distance',
    endVisit: 'Terminer la visite en cours',
    relaunch: "Relancer l'application",
    outOfService: 'Mettre hors service',
    inService: 'Remettre en service',
    confirmTitle: 'Confirmer',
    confirm: {
      end_visit: (label: string) =>
        `Terminer la visite en cours sur la borne ${label} ? Tout ce que la personne a saisi est effacé.`,
      relaunch: (label: string) =>
        `Relancer l'application de la borne ${label} ? La visite en cours se termine d'abord.`,
      out_of_service: (label: string) =>
        `Mettre la borne ${label} hors service ? La visite en cours est effacée, puis la borne affiche « Borne momentanément indisponible ».`,
      in_service: (label: string) => `Remettre la borne ${label} en service ?`,
    },
    yes: 'Confirmer',
    cancel: 'Annuler',
    sent: (label: string) =>
      `Demande envoyée à la borne ${label}. Elle l'applique dans quelques secondes.`,
    history: 'Dernières demandes',
    outcomes: {
      done: 'faite',
      superseded: 'remplacée',
      pending: 'en attente',
      failed: 'échec',
    },
    kinds: {
      end_visit: 'Terminer la visite',
      relaunch: 'Relancer',
      out_of_service: 'Hors service',
      in_service: 'En service',
      config: 'Configuration',
    },
  },
  config: {
    title: 'Changer la configuration',
    intro:
      'Laissez vide ce qui ne change pas. La borne applique la configuration entre deux visites, jamais pendant une visite.',
    idleWarning: "Délai avant l'alerte d'inactivité (secondes)",
    idleCountdown: "Décompte avant la fin d'une visite inactive (secondes)",
    maxVisit: "Durée maximale d'une visite (minutes)",
    keyboard: 'Clavier à l’écran',
    locale: 'Langue au démarrage',
    keep: 'Ne pas changer',
    keyboards: { auto: 'Automatique', always: 'Toujours', never: 'Jamais' },
    locales: { fr: 'Français', en: 'Anglais' },
    number: 'Indiquez un nombre entier positif.',
    submit: 'Envoyer la configuration',
    sent: (version: number) => `Configuration version ${version} envoyée.`,
    refused: (reason: string) => `La configuration est refusée : ${reason}`,
  },
} as const;
