/** Speech: the « Écouter » control, the speech mode and its settings, and what is said. */
export const speech = {
  listen: 'Écouter',
  stop: 'Arrêter la lecture',
  mode: 'Lecture vocale',
  settings: 'Réglages de la voix',
  pause: 'Pause',
  resume: 'Reprendre',
  repeat: 'Répéter',
  slower: 'Plus lent',
  faster: 'Plus rapide',
  quieter: 'Moins fort',
  louder: 'Plus fort',
  /** Said when the speech mode is turned on, so the person knows what it does. */
  modeOn: 'Lecture vocale activée. Ce qui est sélectionné sera lu à voix haute.',
  modeOff: 'Lecture vocale arrêtée.',
  unavailable: 'La lecture à voix haute ne marche pas sur cette borne. Appelez un conseiller.',
  visitEnded: 'Votre visite est terminée. Rien de ce que vous avez fait n’est gardé sur la borne.',
  words: {
    empty: 'vide',
    passwordTyped_one: '{{count}} caractère saisi',
    passwordTyped_other: '{{count}} caractères saisis',
    checked: 'coché',
    unchecked: 'non coché',
    actions: 'Boutons : {{list}}',
  },
  /** The letter viewer's text, from the PDF's text layer. */
  letter: {
    read: 'Lire le texte du courrier',
    hide: 'Masquer le texte du courrier',
    label: 'Texte du courrier',
    none: 'Ce courrier n’a pas de texte lisible. Un conseiller peut vous le lire.',
  },
  admin: {
    title: 'Voix',
    engine: 'Moteur de la voix : {{engine}}',
    engines: {
      platform: 'voix du système',
      'espeak-ng': 'espeak-ng (programme installé sur la borne)',
      'espeak-wasm': 'espeak-ng (fourni avec la borne)',
      recording: 'enregistrement (tests)',
      off: 'désactivée',
      none: 'aucune voix française',
    },
    configured: 'Réglage : {{engine}}',
  },
};
