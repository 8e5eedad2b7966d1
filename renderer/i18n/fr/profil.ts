/** « Mon profil »: the coordonnées, the bank account, the secret question and the password. */
export const profil = {
  documentTitle: 'Mon profil',
  title: 'Mon profil',
  intro:
    'Voici vos coordonnées et votre compte bancaire. Si une information a changé, touchez « Modifier ».',
  none: 'Pas encore donné',
  modifyShort: 'Modifier',
  modify: 'Modifier : {{label}}',
  backHome: 'Retour à mon espace',
  labels: {
    adresse: 'Mon adresse',
    telephone: 'Mon téléphone',
    email: 'Mon adresse e-mail',
    rib: 'Mon compte bancaire',
    questionSecrete: 'Ma question secrète',
    motDePasse: 'Mon mot de passe',
  },
  ribHelp:
    'Le compte bancaire reçoit vos paiements. Son numéro s’appelle l’IBAN : il est écrit sur votre RIB (le papier de votre banque).',
  hidden: 'Caché pour votre sécurité',
  emailPending:
    'Nouvelle adresse à confirmer : {{email}}. Ouvrez le message reçu et touchez le lien. Jusque-là, nous écrivons à l’ancienne adresse.',
  ribPending:
    'Nouveau compte en cours de vérification : {{iban}}. Jusque-là, vos paiements vont sur l’ancien compte.',
  queued: 'En cours : votre modification est enregistrée sur la borne. Elle sera envoyée bientôt.',
  edit: {
    title: {
      adresse: 'Changer mon adresse',
      telephone: 'Changer mon téléphone',
      email: 'Changer mon adresse e-mail',
      rib: 'Changer mon compte bancaire',
      questionSecrete: 'Changer ma question secrète',
    },
    check: 'Vérifier ma modification',
    cancel: 'Annuler',
  },
  fields: {
    adresse: 'Numéro et rue',
    complement: 'Complément d’adresse (facultatif)',
    complementHint: 'Par exemple : bâtiment B, 3e étage.',
    codePostal: 'Code postal',
    telephone: 'Numéro de téléphone',
    telephoneHint: 'Un portable ou un fixe, par exemple 06 12 34 56 78.',
    email: 'Nouvelle adresse e-mail',
    emailHint: 'Par exemple : nom@exemple.fr. Nous vous enverrons un message pour la confirmer.',
    emailConfirmation: 'Écrivez la même adresse une deuxième fois',
    titulaire: 'Nom de la personne à qui est le compte',
    iban: 'IBAN : le numéro du compte',
    ibanHint: 'Il est écrit sur votre RIB. En France, il commence par FR et compte 27 signes.',
    bic: 'BIC (facultatif)',
    bicHint: 'Le code de la banque, sur votre RIB : 8 ou 11 lettres et chiffres.',
    questionSecrete: 'Nouvelle question secrète',
    questionSecreteHint: 'Elle sert si vous oubliez votre mot de passe.',
    reponseSecrete: 'Votre réponse',
  },
  review: {
    title: 'Vérifiez avant d’envoyer',
    intro: 'Lisez votre modification. Si tout est juste, touchez « Envoyer ».',
    what: 'Ce qui change',
    send: 'Envoyer',
    modify: 'Corriger',
    secretAnswer: 'Votre réponse',
    consequences: {
      adresse:
        'Attention : pour vous connecter, vous utiliserez ensuite le code postal {{codePostal}}.',
      telephone: 'Votre conseiller vous appellera à ce numéro.',
      email:
        'Nous envoyons un message à cette adresse. Touchez le lien dans ce message. Jusque-là, nous écrivons à l’ancienne adresse.',
      rib: 'France Travail vérifie ce compte. Cela prend 2 jours. Jusque-là, vos paiements vont sur l’ancien compte.',
      questionSecrete: 'Retenez bien votre réponse. Elle ne sera pas imprimée.',
    },
  },
  done: {
    sent: 'Modification envoyée',
    queued: 'Modification enregistrée',
    reference: 'Numéro de votre demande : {{reference}}',
    print: 'Imprimer le reçu',
    printing: 'Impression en cours…',
    printed: 'Le reçu est imprimé. Prenez-le dans le bac de l’imprimante.',
    back: 'Retour à mon profil',
  },
  password: {
    title: 'Changer mon mot de passe',
    intro: 'Écrivez d’abord votre mot de passe actuel. Puis choisissez le nouveau.',
    actuel: 'Mot de passe actuel',
    nouveau: 'Nouveau mot de passe',
    confirmation: 'Écrivez le nouveau mot de passe une deuxième fois',
    submit: 'Changer mon mot de passe',
    done: 'Mot de passe changé',
    doneText:
      'Votre nouveau mot de passe marche tout de suite. Utilisez-le à votre prochaine visite.',
  },
  errors: {
    telephone: 'Écrivez un numéro français, par exemple 06 12 34 56 78.',
    iban: {
      key: 'La clé de l’IBAN est fausse : un chiffre est mal écrit. Vérifiez chaque chiffre sur votre RIB.',
      format: 'Cet IBAN n’a pas le bon nombre de signes. Vérifiez-le sur votre RIB.',
      country: 'Ce compte est hors d’Europe. Donnez un compte en France ou en Europe.',
    },
    bic: 'Ce BIC n’est pas bon. Il a 8 ou 11 lettres et chiffres.',
    ribPending:
      'Un autre changement de compte est déjà en cours. Attendez la fin de la vérification.',
    emailUnchanged: 'Cette adresse est déjà la vôtre.',
    currentPassword: 'Ce mot de passe n’est pas le bon. Écrivez votre mot de passe actuel.',
    samePassword: 'Choisissez un mot de passe différent de l’actuel.',
    load: 'Votre profil ne peut pas s’afficher pour le moment. Réessayez dans quelques minutes.',
  },
};
