/**
 * Getting into the espace: « Identifiant oublié », the forgotten password of an account without a
 * secret question, and the conditions of use (CGU) read before they are accepted.
 */
export const access = {
  identifiant: {
    documentTitle: 'Identifiant oublié',
    title: 'J’ai oublié mon identifiant',
    link: 'Identifiant oublié ?',
    intro:
      'Votre identifiant : c’est le code pour vous connecter, par exemple 1234567A. Nous l’envoyons chez vous. Il ne s’affiche jamais sur la borne : c’est pour votre sécurité.',
    nom: 'Nom',
    prenom: 'Prénom',
    codePostal: 'Code postal de votre adresse',
    via: 'Comment voulez-vous le recevoir ?',
    email: 'Par courriel, à l’adresse que France Travail connaît',
    post: 'Par courrier, à votre adresse',
    submit: 'Recevoir mon identifiant',
    back: 'Retour à la connexion',
    sentTitle: 'Demande enregistrée',
    sent: 'Si ces informations sont celles d’un compte France Travail, l’identifiant part aujourd’hui. Un courriel arrive en quelques minutes. Une lettre arrive en quelques jours.',
    sentHelp: 'Rien reçu ? Parlez à un conseiller à l’accueil.',
  },
  noQuestion: {
    title: 'Demandez à l’accueil',
    text: 'Votre compte n’a pas de question secrète. Un conseiller de l’accueil peut vous donner un nouveau mot de passe. Prenez une pièce d’identité.',
  },
  cgu: {
    read: 'Lire les conditions',
    title: 'Conditions générales d’utilisation (CGU)',
    close: 'Fermer',
    sections: {
      what: 'Ces règles disent comment utiliser votre espace France Travail. En cochant la case, vous dites que vous êtes d’accord.',
      codes:
        'Vos codes sont personnels. Ne les donnez à personne. Si quelqu’un les connaît, changez votre mot de passe.',
      truth:
        'Donnez des informations vraies. Une fausse déclaration peut arrêter vos droits. Vous devrez peut-être rendre de l’argent.',
      data: 'France Travail garde vos informations pour suivre votre dossier. Vous pouvez les lire et les corriger. Demandez-le à votre conseiller.',
      terminal:
        'Sur la borne, rien de vous ne reste après votre visite. Touchez « Terminer » quand vous partez.',
      contact: 'Une question ? Parlez à un conseiller à l’accueil, ou appelez le 3949.',
    },
  },
  errors: {
    nomRequired: 'Écrivez votre nom.',
    prenomRequired: 'Écrivez votre prénom.',
    codePostalRequired: 'Écrivez le code postal de votre adresse.',
    codePostal: 'Écrivez un code postal de 5 chiffres, par exemple 75011.',
    viaRequired: 'Choisissez comment recevoir votre identifiant.',
    tooLong: 'Ce texte est trop long. Écrivez 80 lettres au plus.',
  },
};
