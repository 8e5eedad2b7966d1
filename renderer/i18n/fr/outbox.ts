/** What a receipt says about delivery, and the outbox counts on the admin screen. */
export const outbox = {
  submission: {
    sent: 'Envoyé',
    sentDetail: 'Votre envoi a bien été reçu par France Travail.',
    queued: 'Enregistré, sera envoyé dès que possible',
    queuedDetail:
      "Votre envoi est enregistré sur la borne de façon sécurisée. Il sera transmis automatiquement, même après votre départ : vous n'avez rien à refaire.",
  },
  admin: {
    title: "File d'envoi",
    depth_one: '{{count}} envoi en attente',
    depth_other: '{{count}} envois en attente',
    empty: 'Aucun envoi en attente',
    oldest: 'Le plus ancien attend depuis {{age}}',
    attention_one: '{{count}} envoi refusé à vérifier',
    attention_other: '{{count}} envois refusés à vérifier',
    noAttention: 'Aucun envoi refusé',
    unavailable: "L'état de la file d'envoi n'est pas disponible.",
    minutes: '{{count}} min',
    hours: '{{count}} h',
    seconds: '{{count}} s',
  },
};
