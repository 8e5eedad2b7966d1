/**
 * Adviser mode at the terminal: the adviser's way in, the banner the person sees, the adviser's
 * tools, and « Expliquer cette étape »: each screen (and step) said in plain words to the person.
 */
export const adviser = {
  entry: 'Espace conseiller',
  banner: 'Un conseiller est présent : {{prenom}}',
  openTools: 'Outils du conseiller',
  unlock: {
    title: 'Mode conseiller',
    intro: "Réservé au conseiller de l'agence. Choisissez votre nom, puis tapez votre code.",
    name: 'Votre nom',
    loading: 'Chargement des noms…',
    none: "Aucun conseiller de l'agence ne peut ouvrir ce mode sur cette borne.",
    code: 'Votre code conseiller',
    codeHint: 'De 4 à 8 chiffres',
    submit: 'Ouvrir le mode conseiller',
    cancel: 'Annuler',
  },
  tools: {
    title: 'Outils du conseiller',
    intro: 'La personne retrouve son écran comme avant quand vous quittez ce mode.',
    extend: 'Donner {{minutes}} minutes de plus',
    extended: 'La visite dure {{minutes}} minutes de plus.',
    pause: 'Arrêter le minuteur',
    resume: 'Relancer le minuteur',
    paused: "Le minuteur est arrêté. La borne n'attend plus que la personne touche l'écran.",
    resumed: 'Le minuteur tourne de nouveau.',
    explain: 'Expliquer cette étape',
    endVisit: 'Terminer la visite pour la personne',
    close: "Revenir à l'écran",
    leave: 'Quitter le mode conseiller',
    failed: "La borne n'a pas pu le faire. Réessayez.",
    ended: 'Le mode conseiller est terminé.',
  },
  confirmEnd: {
    title: 'Terminer la visite ?',
    message: "Tout ce qui est à l'écran sera effacé. Ce qui est déjà envoyé est gardé.",
    confirm: 'Oui, terminer la visite',
    cancel: 'Non, revenir',
  },
  explanation: {
    title: 'Cette étape en mots simples',
    close: 'Fermer',
    topics: {
      other: "Le conseiller lit cet écran avec vous. Il vous montre ce qu'il faut toucher.",
      welcome:
        "C'est l'accueil de la borne. Touchez « Commencer » pour entrer. Vous pouvez aussi chercher un emploi sans entrer.",
      login:
        'Ici, vous entrez dans votre espace. Tapez votre identifiant : le code de 7 chiffres et 1 lettre de France Travail. Tapez ensuite votre mot de passe et votre code postal.',
      dashboard:
        "C'est la page de votre espace. Chaque carte ouvre un service. Touchez la carte de ce que vous voulez faire.",
      actualisation: {
        intro:
          'Actualisation : chaque mois, vous dites à France Travail ce que vous avez fait. Cela garde vos paiements. Touchez « Commencer mon actualisation » pour répondre.',
        questions:
          'Actualisation : il y a une question par écran. Répondez à chaque question. Si vous ne savez pas, demandez au conseiller.',
        review:
          'Vous relisez vos réponses. Vous pouvez changer une réponse. Quand tout est juste, envoyez vos réponses.',
        done: 'Vos réponses sont envoyées. Vous pouvez imprimer le reçu. Le reçu montre que vous avez répondu.',
      },
      documents:
        "Ici, vous envoyez un papier à France Travail. Posez le papier dans le scanner, ou montrez-le à la caméra. Regardez l'image, puis envoyez.",
      exchanges:
        'Ici, vous lisez les courriers de France Travail. Vous voyez aussi vos rendez-vous. Touchez un courrier pour le lire.',
      cv: {
        list: 'CV : une page qui présente votre travail aux patrons. Ici, vous voyez vos CV. Vous pouvez en faire un nouveau.',
        cible:
          'Choisissez le métier que vous cherchez. Tapez les premières lettres. Puis touchez le bon métier dans la liste.',
        informations:
          'Écrivez ce que vous avez fait : vos emplois, vos études, ce que vous savez faire. Vous pouvez passer une partie.',
        miseEnPage:
          'Choisissez la forme de votre CV. Regardez les modèles. Touchez celui qui vous plaît.',
        miseEnLigne:
          'Vous choisissez si les patrons peuvent voir votre CV sur internet. Vous pouvez aussi imprimer votre CV.',
      },
      offres:
        'Ici, vous cherchez un emploi. Tapez un métier et une ville. Touchez une offre pour la lire en entier.',
      registration:
        'Ici, vous vous inscrivez à France Travail. Il y a plusieurs étapes. À chaque étape, vous pouvez revenir en arrière.',
      employer:
        'Cet espace est pour les patrons. Vous faites un compte pour une entreprise, ou pour vous si vous employez quelqu’un chez vous.',
      password:
        'Ici, vous choisissez un nouveau mot de passe. Prenez un mot de passe facile à retenir pour vous. Ne le dites à personne.',
      securityKey:
        'Une clé de sécurité est un petit objet à brancher sur la borne. Elle remplace le mot de passe pour entrer.',
      situation:
        'Ici, vous dites à France Travail ce qui change pour vous. Par exemple un emploi, une formation ou un arrêt maladie.',
      history:
        'Ici, vous voyez ce que vous avez dit chaque mois. Touchez un mois pour le lire. Vous pouvez imprimer le reçu.',
      paiements:
        'Ici, vous voyez quand France Travail vous paie, et combien. Touchez un paiement pour en savoir plus.',
      attestations:
        'Attestation : un papier officiel qui montre votre situation. Choisissez le papier, puis imprimez-le.',
      profil:
        "Ici, vous changez votre adresse, votre téléphone ou votre compte en banque. Vous relisez chaque changement avant de l'envoyer.",
    },
  },
  errors: {
    chooseName: 'Choisissez votre nom dans la liste.',
    codeFormat: 'Le code a de 4 à 8 chiffres. Tapez-le de nouveau.',
    wrong: "Ce code n'est pas le bon. Tapez-le de nouveau.",
    locked_one: 'Trop de codes faux. Réessayez dans {{count}} minute.',
    locked_other: 'Trop de codes faux. Réessayez dans {{count}} minutes.',
    forbidden: "Ce conseiller n'est pas de l'agence de cette borne.",
    failed: "La borne n'a pas pu vérifier le code. Réessayez.",
  },
};
