/**
 * What happens after a registration is sent, in French, worded once: the confirmation screen says
 * it and the printed receipt repeats it, so the person reads the same thing on both. The codes the
 * person chose are provisional until the registration appointment, where an adviser validates the
 * registration; the final codes then come by post and replace them. Until then the provisional
 * codes already open a restricted space at the kiosk.
 */
export const registrationNextStepsFr = {
  email:
    'Si vous avez indiqué une adresse électronique, confirmez-la avec le lien reçu par courriel.',
  codes:
    'Vos codes d’accès sont provisoires jusqu’à votre rendez-vous : connectez-vous dès maintenant avec eux pour voir votre rendez-vous, imprimer votre récépissé, envoyer des documents et faire votre CV. Vos codes définitifs vous seront ensuite envoyés par courrier.',
  appointment:
    'Présentez-vous au rendez-vous d’inscription avec une pièce d’identité et votre récépissé.',
} as const;

/**
 * The printed registration receipt (récépissé), in French whatever the interface language: what
 * it may show is said by its PDF builder.
 */
export const registrationReceiptFr = {
  issuer: 'France Travail',
  creator: 'Borne France Travail',
  title: "Récépissé de demande d'inscription",
  reference: 'Référence',
  date: 'Date',
  name: 'Nom',
  identifiant: 'Identifiant choisi',
  appointmentTitle: "Votre rendez-vous d'inscription",
  nextTitle: 'Et maintenant ?',
  never: 'Ne communiquez jamais votre mot de passe, même à un conseiller.',
} as const;
