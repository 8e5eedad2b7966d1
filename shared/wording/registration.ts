/**
 * What happens after a registration is sent, in French, worded once: the confirmation screen says
 * it and the printed receipt repeats it, so the person reads the same thing on both. The codes the
 * person chose are provisional until the registration appointment, where an adviser validates the
 * registration; the final codes then come by post and replace them. Until then the provisional
 * codes already open a restricted space at the kiosk.
 */
export const registrationNextStepsFr = {
  email:
    'Si vous avez donné une adresse e-mail, ouvrez le lien reçu par courriel pour la confirmer.',
  codes:
    'Vos codes d’accès marchent jusqu’à votre rendez-vous. Avec eux, vous pouvez voir votre rendez-vous et imprimer votre récépissé. Vous pouvez aussi envoyer des documents et faire votre CV. Après, vous recevrez vos nouveaux codes par courrier.',
  appointment:
    'Venez au rendez-vous d’inscription avec une pièce d’identité et votre récépissé (le papier qui prouve votre inscription).',
} as const;
