import { registrationNextStepsFr } from '../../../shared/wording';

/** Account creation and the sign-in paths. Wording after seeds 000, 001, 003 and 004. */
export const account = {
  errors: {
    // Shared by many fields: it says what to do, the field's label beside it says which.
    required: 'Répondez ici pour continuer.',
    tooLong: 'Ce texte est trop long. Raccourcissez-le.',
    codePostal: 'Écrivez un code postal de 5 chiffres, par exemple 75011.',
    commune: 'Choisissez votre commune dans la liste.',
    communesUnknown:
      'Aucune commune n’a ce code postal. Vérifiez-le. Si le code est juste, appelez un conseiller.',
    civilite: 'Choisissez Madame ou Monsieur.',
    date: 'Écrivez une date comme ceci : 23/05/1995.',
    dateRange: 'Cette date de naissance n’est pas possible. Vérifiez-la.',
    email: 'Cette adresse e-mail n’est pas complète. Écrivez-la comme ceci : nom@exemple.fr.',
    emailMismatch: 'Les deux adresses ne sont pas les mêmes. Écrivez deux fois la même adresse.',
    mobile: 'Écrivez un numéro de portable qui commence par 06 ou 07, par exemple 06 12 34 56 78.',
    landline:
      'Écrivez un numéro de fixe qui commence par 01 à 05 ou 09. Par exemple : 01 23 45 67 89.',
    oneContact: 'Donnez au moins un moyen de vous joindre : portable, fixe ou adresse e-mail.',
    cgu: 'Pour continuer, cochez la case : vous acceptez les conditions générales d’utilisation.',
    identifiantDemandeur: 'Écrivez 7 chiffres et 1 lettre, par exemple 1234567A.',
    questionSecrete: 'Choisissez une question dans la liste.',
    reponseSecrete: 'Écrivez une réponse de 2 caractères au moins.',
    confirmationMismatch:
      'Les deux mots de passe ne sont pas les mêmes. Écrivez deux fois le même.',
    expired:
      'Ce brouillon a plus de 15 jours. Il est effacé. Vous pouvez recommencer votre inscription.',
    alreadySent:
      'Cette inscription est déjà envoyée. Vos codes marchent déjà, jusqu’à votre rendez-vous. Touchez « Me connecter avec mes codes ».',
    dejaInscrit: 'Dites si vous avez déjà été inscrit : choisissez Oui ou Non.',
    incomplete: 'Une étape de votre inscription n’est pas finie. Vérifiez chaque partie.',
    slotUnavailable: "Ce créneau n'est plus disponible. Choisissez-en un autre.",
    phone: 'Écrivez un numéro de téléphone français, par exemple 06 12 34 56 78.',
    siret: {
      format: 'Écrivez les 14 chiffres du numéro SIRET.',
      checksum: 'Ce numéro SIRET n’existe pas. Vérifiez chaque chiffre.',
      unknown:
        'Nous ne trouvons pas ce numéro SIRET. Un conseiller entreprise peut vous aider au 39 95.',
    },
    identifiant: {
      length: 'Écrivez de 6 à 20 lettres et chiffres.',
      characters: 'Écrivez seulement des lettres sans accent et des chiffres, sans espace.',
      noLetter: 'Ajoutez au moins une lettre.',
      reserved:
        'Les codes de 7 chiffres et 1 lettre sont réservés à France Travail. Choisissez-en un autre.',
      taken: 'Ce nom est déjà pris. Choisissez-en un autre.',
    },
    password: {
      length: 'Écrivez au moins 12 caractères.',
      lowercase: 'Ajoutez une lettre minuscule.',
      uppercase: 'Ajoutez une lettre majuscule.',
      digit: 'Ajoutez un chiffre.',
      special: 'Ajoutez un caractère spécial, par exemple ! ou -.',
      notIdentifiant: 'Retirez votre identifiant du mot de passe.',
    },
    nir: {
      required:
        'Écrivez votre numéro de sécurité sociale. Si vous n’en avez pas, cochez la case en dessous.',
      format: 'Écrivez les 15 caractères du numéro : 13 chiffres, puis les 2 chiffres de la clé.',
      key: 'Les 2 derniers chiffres ne vont pas avec le numéro. Vérifiez sur votre carte Vitale.',
      sex: 'Le premier chiffre ne va pas avec la civilité choisie : 1 pour un homme, 2 pour une femme.',
      birthYear:
        'L’année dans le numéro n’est pas celle de votre date de naissance. Vérifiez les deux.',
      birthMonth:
        'Le mois dans le numéro n’est pas celui de votre date de naissance. Vérifiez les deux.',
    },
  },
  passwordRules: {
    title: 'Votre mot de passe doit contenir :',
    met: 'respecté',
    unmet: 'non respecté',
    length: 'au moins 12 caractères',
    lowercase: 'une lettre minuscule',
    uppercase: 'une lettre majuscule',
    digit: 'un chiffre',
    special: 'un caractère spécial (! ? - _ …)',
    notIdentifiant: 'pas votre identifiant',
  },
  secretQuestions: {
    placeholder: 'Sélectionner la question',
    villeNaissance: 'Nom de votre ville de naissance',
    premierAnimal: 'Nom de votre premier animal de compagnie',
    ecolePrimaire: 'Nom de votre école primaire',
    prenomGrandParent: "Prénom de l'un de vos grands-parents",
    premiereVoiture: 'Marque de votre première voiture',
  },
  login: {
    createAccount: "Je n'ai pas d'espace : m'inscrire",
    resume: 'Reprendre mon inscription',
    employer: 'Je suis un employeur : créer un compte employeur',
    forgotten: 'Mot de passe oublié ?',
    otherWays: 'Autres possibilités',
    franceConnect: 'FranceConnect arrive bientôt sur la borne.',
    digitPadShow: 'Saisir avec le clavier à chiffres',
    digitPadHide: 'Masquer le clavier à chiffres',
    digitPadLabel: 'Clavier à chiffres (les touches changent de place à chaque fois)',
    digitPadErase: 'Effacer le dernier chiffre',
    locked:
      'Vous avez fait trop d’essais. Pour votre sécurité, votre accès est bloqué pendant {{minutes}} minute(s). Un conseiller peut vous aider.',
  },
  registration: {
    documentTitle: 'Inscription',
    title: "M'inscrire comme demandeur d'emploi",
    progress: 'Étape {{current}} sur {{total}}',
    nextStep: 'Étape suivante :',
    requiredNote: 'Remplissez toutes les cases, sauf celles marquées « facultatif ».',
    optional: '{{label}} (facultatif)',
    steps: {
      codes: "Mes codes d'accès",
      identite: 'Mon état civil',
      coordonnees: 'Mes coordonnées',
      situation: 'Ma situation',
      review: 'Vérification',
    },
    next: 'Enregistrer et continuer',
    previous: 'Étape précédente',
    abandon: 'Abandonner',
    backToReview: 'Enregistrer et revenir à la vérification',
    savedNote: 'Brouillon enregistré. Vous pouvez reprendre votre inscription pendant 15 jours.',
    queuedNote: 'Brouillon enregistré sur la borne. Il sera envoyé dès que possible.',
    select: 'Sélectionner…',
    codes: {
      intro:
        'Avant de commencer, choisissez vos codes. Avec eux, vous entrerez dans votre dossier et reprendrez votre inscription. Retenez-les bien !',
      identifiant: 'Identifiant',
      // The term stays (the sign-in screen asks for it); its explanation comes with it.
      identifiantHint:
        'Identifiant : le nom que vous choisissez pour entrer dans votre espace. De 6 à 20 lettres et chiffres, par exemple frankcapra.',
      check: 'Vérifier si ce nom est libre',
      available: 'Ce nom est libre : vous pouvez le garder.',
      motDePasse: 'Mot de passe',
      confirmation: 'Confirmation du mot de passe',
      codePostal: 'Code postal de l’adresse où vous habitez',
      questionSecrete: 'Question secrète',
      questionSecreteHint: 'Elle vous servira si vous oubliez votre mot de passe.',
      reponseSecrete: 'Réponse à la question secrète',
      provisional:
        'Ces codes marchent jusqu’à votre rendez-vous d’inscription. Avec eux, vous pouvez reprendre votre inscription et entrer dans votre espace. Après le rendez-vous, vous recevrez vos nouveaux codes par courrier.',
    },
    identite: {
      civilite: 'Civilité',
      madame: 'Madame',
      monsieur: 'Monsieur',
      nomNaissance: 'Nom de naissance',
      nomUsage: "Nom d'usage",
      prenoms: 'Prénom(s)',
      nir: 'Numéro de sécurité sociale',
      nirHint: '15 caractères, sur votre carte Vitale (pour la Corse : 2A ou 2B)',
      sansNir: "Je n'ai pas de numéro de sécurité sociale",
      dateNaissance: 'Date de naissance',
      dateNaissanceHint: 'Jour, mois, année : par exemple 23/05/1995',
      paysNaissance: 'Pays de naissance',
      codePostalNaissance: 'Code postal de la commune de naissance',
      communeNaissance: 'Commune de naissance',
      findCommunes: 'Rechercher la commune',
    },
    coordonnees: {
      adresse: 'Adresse (numéro et nom de voie)',
      complement: "Complément d'adresse",
      complementHint: 'Bâtiment, étage, résidence, lieu-dit…',
      codePostal: 'Code postal',
      codePostalFromCodes: 'Code postal : {{codePostal}} (celui indiqué avec vos codes d’accès)',
      commune: 'Commune',
      communeFilled: 'Commune : {{nom}}',
      communesHint: 'Plusieurs communes ont ce code postal : choisissez la vôtre.',
      email: 'Adresse e-mail',
      emailWhy:
        'Conseillé : France Travail vous enverra par courriel la confirmation et vos codes. Sans adresse, vous les recevrez par courrier.',
      emailConfirmation: "Confirmation de l'adresse e-mail",
      telephonePortable: 'Téléphone portable',
      telephoneFixe: 'Téléphone fixe',
      contactHint: 'Donnez au moins un moyen de vous joindre.',
    },
    situation: {
      dejaInscrit: 'Avez-vous déjà été inscrit à France Travail (ou Pôle emploi) ?',
      oui: 'Oui',
      non: 'Non',
      identifiantDemandeur:
        'Votre ancien identifiant : le code de 7 chiffres et 1 lettre donné par France Travail',
      situationProfessionnelle: 'Votre situation professionnelle',
      situations: {
        sansEmploi: "Sans emploi, à la recherche d'un emploi",
        finContrat: 'Fin de contrat (CDD, intérim, mission)',
        licenciement: 'Licenciement ou rupture conventionnelle',
        emploiPartiel: 'En emploi à temps partiel, je cherche plus',
        etudiant: "Fin d'études",
        autre: 'Autre situation',
      },
      qualification: 'Votre qualification',
      qualifications: {
        manoeuvre: 'Manœuvre',
        ouvrierSpecialise: 'Ouvrier spécialisé',
        ouvrierQualifie: 'Ouvrier qualifié',
        employeNonQualifie: 'Employé non qualifié',
        employeQualifie: 'Employé qualifié',
        technicien: 'Technicien',
        agentMaitrise: 'Agent de maîtrise',
        cadre: 'Cadre',
      },
      cgu: "J'accepte les conditions générales d'utilisation",
      emails: 'J’accepte que France Travail m’écrive par courriel pour m’informer',
    },
    review: {
      intro: 'Vérifiez vos réponses avant de les envoyer. Vous pouvez changer chaque partie.',
      modify: 'Modifier : {{section}}',
      send: 'Envoyer ma demande',
      nirNone: 'Pas de numéro',
      yes: 'Oui',
      no: 'Non',
      notGiven: 'Non renseigné',
      passwordHidden: 'Mot de passe choisi (masqué)',
    },
    confirmation: {
      title: 'Votre demande d’inscription est enregistrée',
      queued:
        'Votre demande est enregistrée sur la borne. Elle sera envoyée dès que possible. Gardez votre référence.',
      reference: 'Votre référence : {{reference}}',
      nextTitle: 'Et maintenant ?',
      next1: registrationNextStepsFr.email,
      next2: registrationNextStepsFr.codes,
      next3: registrationNextStepsFr.appointment,
      appointmentTitle: "Choisissez votre rendez-vous d'inscription",
      appointmentLegend: 'Trois rendez-vous vous sont proposés',
      book: 'Confirmer ce rendez-vous',
      booked: 'Rendez-vous confirmé : {{date}}, {{agence}}, {{adresse}}',
      print: 'Imprimer mon récépissé',
      printed:
        'Votre récépissé est imprimé. Il ne montre ni votre mot de passe, ni votre numéro de sécurité sociale.',
      finish: 'Terminer',
    },
  },
  resume: {
    documentTitle: 'Reprendre mon inscription',
    title: 'Reprendre mon inscription',
    intro:
      'Identifiant : le nom que vous avez choisi au début de votre inscription. Écrivez-le avec votre mot de passe. Votre brouillon est gardé 15 jours.',
    identifiant: 'Identifiant',
    motDePasse: 'Mot de passe',
    submit: 'Reprendre',
    cancel: 'Retour',
    wrong: 'Votre identifiant ou votre mot de passe n’est pas bon. Vérifiez-les, puis réessayez.',
    signIn: 'Me connecter avec mes codes',
  },
  forgotten: {
    documentTitle: 'Mot de passe oublié',
    title: 'Mot de passe oublié',
    intro:
      'Écrivez votre identifiant (le code pour entrer dans votre espace). Puis répondez à votre question secrète. Nous vous enverrons un mot de passe provisoire.',
    identifiant: 'Identifiant',
    next: 'Continuer',
    answer: 'Votre réponse',
    submit: 'Recevoir un mot de passe provisoire',
    sentEmail:
      'C’est fait : nous vous avons envoyé un mot de passe provisoire par courriel. Changez-le à votre prochaine connexion.',
    sentEmailTo:
      'C’est fait : nous avons envoyé un mot de passe provisoire à l’adresse {{address}}. Changez-le à votre prochaine connexion.',
    typeIt:
      'Il a 10 lettres majuscules et chiffres, en deux groupes, par exemple KMPRT-23456. Recopiez-le avec le tiret.',
    sentPost:
      'C’est fait : nous vous enverrons un mot de passe provisoire par courrier. Changez-le à votre prochaine connexion.',
    wrong:
      'Votre identifiant ou votre réponse n’est pas bon. Vérifiez, puis réessayez, ou appelez un conseiller.',
    back: 'Retour à la connexion',
  },
  webauthn: {
    documentTitle: 'Ma clé de sécurité',
    title: 'Ma clé de sécurité',
    intro:
      'Avec votre propre clé de sécurité, vous vous connectez sans mot de passe. C’est une clé USB, avec un code PIN ou votre empreinte. La borne n’enregistre rien : la clé reste la vôtre.',
    step1: 'Branchez votre clé de sécurité sur la borne.',
    step2:
      'Touchez « Enregistrer ma clé », puis suivez les indications de votre clé (code PIN ou empreinte).',
    register: 'Enregistrer ma clé',
    registered:
      'Votre clé de sécurité est enregistrée. Vous pourrez vous connecter avec elle, sans mot de passe.',
    back: 'Retour à mon espace',
    signIn: 'Connexion sans mot de passe, avec ma clé de sécurité',
    keyFailed:
      'Votre clé de sécurité n’a pas pu confirmer votre identité (code PIN ou empreinte). Réessayez, ou connectez-vous avec votre mot de passe.',
    keyRefused:
      'Cette clé de sécurité n’est pas reconnue. Connectez-vous avec votre mot de passe, puis enregistrez-la depuis votre espace.',
  },
  change: {
    documentTitle: 'Nouveau mot de passe',
    title: 'Choisissez votre mot de passe',
    intro:
      'Le mot de passe qui vous a été donné marche pour un temps seulement. Pour votre sécurité, choisissez votre propre mot de passe.',
    nouveau: 'Nouveau mot de passe',
    confirmation: 'Confirmez votre mot de passe',
    submit: 'Valider',
    done: 'Mot de passe modifié',
    doneText: 'À partir de maintenant, connectez-vous avec votre nouveau mot de passe.',
    continue: 'Accéder à mon espace',
  },
};
