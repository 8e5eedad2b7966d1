/**
 * Time and endings: the maximum-length warning, the notice on the welcome screen after a visit
 * ended by itself, and the adviser call's waiting state and cancellation.
 */
export const timeouts = {
  maxLength: {
    title: 'Votre visite va bientôt se terminer',
    seconds_one: 'Il reste {{count}} seconde.',
    seconds_other: 'Il reste {{count}} secondes.',
    minutes_one: 'Il reste {{count}} minute.',
    minutes_other: 'Il reste {{count}} minutes.',
    why: 'Une visite a une durée limitée, pour que chacun puisse utiliser la borne.',
    extend_one: 'Prolonger de {{count}} minute',
    extend_other: 'Prolonger de {{count}} minutes',
    noMore: 'Vous ne pouvez plus prolonger. Terminez ce que vous faites.',
    close: 'Fermer',
    understood: "J'ai compris",
  },
  endedNotice: 'Votre visite est terminée. Vos informations ont été effacées.',
  assist: {
    waiting: 'Un conseiller a été appelé. Restez près de la borne.',
    waitingSince_one: 'Vous attendez depuis {{count}} minute.',
    waitingSince_other: 'Vous attendez depuis {{count}} minutes.',
    waitingJustNow: "Vous attendez depuis moins d'une minute.",
    coming: 'Un conseiller arrive. Restez près de la borne.',
    comingNamed: 'Un conseiller arrive. {{prenom}} vient vous aider. Restez près de la borne.',
    cancel: "Annuler l'appel",
    cancelled: "L'appel est annulé.",
    cancelFailed: "L'appel n'a pas pu être annulé. Dites-le au conseiller quand il arrive.",
  },
};
