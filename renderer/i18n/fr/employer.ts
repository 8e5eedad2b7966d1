import { employerSpaceFr } from '../../../shared/wording';

/**
 * The employer spaces: the choice, the entreprise space and the particulier
 * employeur space, in France Travail's own wording. Moved out of account.ts to keep it small.
 */
export const employer = {
  documentTitle: 'Espace employeur',
  /** Both confirmation screens: where the new space opens, and its printed récapitulatif. */
  space: {
    whereTitle: 'Où vous connecter',
    entreprise: `${employerSpaceFr.entreprise} ${employerSpaceFr.reception}`,
    particulier: `${employerSpaceFr.particulier} ${employerSpaceFr.reception}`,
    print: 'Imprimer le récapitulatif',
    printed:
      'Le récapitulatif est imprimé : prenez-le dans le bac de l’imprimante. Il ne contient ni mot de passe ni numéro de sécurité sociale complet.',
  },
  choice: {
    title: 'Créer un compte employeur',
    intro: 'Quel employeur êtes-vous ?',
    particulier: 'Particulier employeur',
    particulierHint:
      'Vous employez une personne à votre domicile : garde d’enfant, ménage, jardinage, aide à domicile…',
    entreprise: 'Entreprise',
    entrepriseHint: 'Vous recrutez pour une entreprise ou un établissement qui a un numéro SIRET.',
    back: 'Retour',
  },
  errors: {
    nirRequired: 'Saisissez votre numéro de sécurité sociale (15 caractères).',
    accountExists:
      'Un espace Particulier Employeur existe déjà avec ce numéro de sécurité sociale. Connectez-vous, ou appelez un conseiller.',
    antiRobot: {
      required: 'Écrivez votre réponse.',
      wrong: 'Ce n’est pas la bonne réponse. Voici une nouvelle question.',
      expired: 'Cette question n’est plus valable. Voici une nouvelle question.',
      noMoreChanges:
        'Vous avez utilisé les 5 changements de question. Répondez à celle-ci, ou appelez un conseiller.',
      again: 'Répondez de nouveau à la question du contrôle de sécurité.',
    },
  },
  entreprise: {
    documentTitle: 'Compte entreprise',
    titles: {
      account: 'Créer un compte entreprise',
      siret: 'Rattacher votre établissement',
      confirm: 'Coordonnées de l’entreprise',
      done: 'Votre compte entreprise est créé',
    },
    allRequired: 'Tous les champs sont obligatoires.',
    identifiant: 'Identifiant',
    identifiantHint:
      'Choisissez votre identifiant, de 6 à 20 lettres et chiffres, par exemple frankcapra. Celui-ci est personnel.',
    motDePasse: 'Mot de passe',
    confirmation: 'Confirmation mot de passe',
    civilite: 'Civilité',
    nom: 'Nom',
    prenom: 'Prénom',
    email: 'Adresse e-mail',
    emailHint: 'Exemple : contact@entreprise.fr',
    telephone: 'Téléphone',
    telephoneHint: 'Exemple : +33 (0)7 12 34 56 78',
    cgu: "J'accepte les conditions générales d'utilisation",
    createAccount: 'Créer un compte',
    cancel: 'Annuler',
    siretIntro: 'Saisissez le numéro SIRET de votre établissement pour initialiser votre compte.',
    siret: 'Numéro de SIRET',
    siretHint: 'Le numéro SIRET est composé de 14 chiffres',
    siretHelp:
      "Vous n'avez pas encore de numéro SIRET ou votre numéro n'est pas reconnu ? Appelez un conseiller entreprise au 39 95 (service gratuit + prix appel).",
    next: 'Suivant',
    back: 'Retour',
    confirmIntro: "Voici les coordonnées de l'entreprise (extrait Kbis) associées au numéro SIRET.",
    establishment: {
      raisonSociale: 'Raison sociale',
      siret: 'SIRET',
      adresse: 'Adresse',
      codeNaf: 'Code NAF',
    },
    confirmQuestion: "Veuillez confirmer qu'il s'agit de votre établissement.",
    confirm: 'Valider',
    created: 'Votre compte entreprise est créé et rattaché à votre établissement.',
    reference: 'Votre référence : {{reference}}',
    activation:
      'Un e-mail vous a été envoyé : cliquez sur son lien pour activer votre compte. Sans cette étape, vous ne pourrez pas vous connecter.',
    certification:
      'Votre compte sera certifié par un conseiller France Travail. En attendant, les services sont accessibles en partie (vos offres ne seront diffusées qu’après la certification).',
    finish: 'Terminer',
  },
  particulier: {
    documentTitle: 'Espace Particulier Employeur',
    title: 'Créer mon espace Particulier Employeur',
    vigilance:
      'Soyez vigilant : France Travail ne vous demande jamais l’identifiant et le mot de passe de votre espace, ni par courriel, ni par courrier, ni par téléphone. Ne communiquez à personne vos informations confidentielles.',
    requiredNote: 'Les champs sans mention « facultatif » sont obligatoires.',
    optional: '{{label}} (facultatif)',
    progress: 'Étape {{current}} sur {{total}}',
    nextStep: 'Étape suivante :',
    steps: {
      etatCivil: 'Votre état civil',
      coordonnees: 'Vos coordonnées',
      securite: 'Question secrète',
      controle: 'Contrôle de sécurité',
      review: 'Vérification',
    },
    next: 'Valider et continuer',
    previous: 'Étape précédente',
    backToReview: 'Revenir à la vérification',
    abandon: 'Abandonner',
    etatCivil: {
      civilite: 'Civilité',
      madame: 'Madame',
      monsieur: 'Monsieur',
      nomNaissance: 'Nom de naissance',
      nomUsage: 'Nom d’usage',
      prenom: 'Prénom',
      nir: 'Numéro de sécurité sociale',
      nirHint: '15 caractères, inscrits sur votre carte Vitale. Exemple : 1 95 05 63 113 012 69',
      nirHelp:
        'Vous n’avez pas de numéro de sécurité sociale ? Un conseiller peut créer votre espace avec vous : touchez « Appeler un conseiller ».',
      dateNaissance: 'Né(e) le',
      dateNaissanceHint: 'Format jj/mm/aaaa, par exemple 23/05/1995',
      paysNaissance: 'Pays de naissance',
      codePostalNaissance: 'Né(e) à : code postal de votre commune de naissance',
    },
    coordonnees: {
      adresseTitle: 'Adresse postale',
      codePostal: 'Code postal',
      voie: 'N°, type et libellé de la voie',
      voieHint: 'Exemple : 12 avenue Édouard Michelin',
      complement: 'Complément d’adresse',
      complementHint: 'Exemple : appartement, entrée, résidence, boîte postale, lieu-dit',
      contactTitle: 'Vos modalités de contact',
      email: 'Adresse électronique',
      emailHint:
        'Exemple : nom@site.com. Votre identifiant et votre mot de passe provisoire y seront envoyés.',
      emailConfirmation: 'Confirmation de votre adresse électronique',
      telephone1: 'Téléphone 1',
      telephone2: 'Téléphone 2',
      phoneHint: 'Exemple : 06 12 34 56 78',
      consentTitle: 'Simplifier vos échanges avec France Travail',
      consentText:
        'En autorisant France Travail à communiquer avec vous par courriel, vous pourrez recevoir des informations sur vos démarches et participer à des enquêtes de satisfaction.',
      consent: 'J’accepte de recevoir des courriels de France Travail',
    },
    securite: {
      intro:
        'Renseignez la question secrète et sa réponse pour sécuriser la récupération de votre mot de passe en cas de perte ou d’oubli.',
      questionSecrete: 'Question secrète',
      reponseSecrete: 'Réponse',
    },
    controle: {
      intro: 'Cette question est un test de sécurité pour vérifier que vous n’êtes pas un robot.',
      question: 'Quel mot parmi ces trois propositions est {{category}} : {{words}} ?',
      categories: { couleur: 'une couleur', animal: 'un animal', fruit: 'un fruit' },
      words: {
        violet: 'violet',
        rouge: 'rouge',
        vert: 'vert',
        jaune: 'jaune',
        bleu: 'bleu',
        chat: 'chat',
        cheval: 'cheval',
        lapin: 'lapin',
        mouton: 'mouton',
        canard: 'canard',
        pomme: 'pomme',
        poire: 'poire',
        cerise: 'cerise',
        fraise: 'fraise',
        banane: 'banane',
        ordinateur: 'ordinateur',
        clavier: 'clavier',
        chaise: 'chaise',
        table: 'table',
        crayon: 'crayon',
        lampe: 'lampe',
        marteau: 'marteau',
        valise: 'valise',
      },
      answerHint: 'Écrivez le mot de la question qui convient.',
      newQuestion_one: 'Afficher une nouvelle question ({{count}} changement restant)',
      newQuestion_other: 'Afficher une nouvelle question ({{count}} changements restants)',
      loading: 'Chargement de la question…',
    },
    review: {
      intro:
        'Avant de valider la création de votre espace, vérifiez vos informations. Touchez « Modifier » pour corriger une partie.',
      identite: 'Identité',
      naissance: 'Né(e) le',
      naissanceValue: '{{date}}, à {{lieu}}',
      nir: 'Numéro de sécurité sociale',
      adresse: 'Adresse postale',
      email: 'Adresse électronique',
      telephone1: 'Téléphone 1',
      telephone2: 'Téléphone 2',
      consent: 'Courriels de France Travail',
      questionSecrete: 'Question secrète',
      yes: 'Oui',
      no: 'Non',
      notGiven: 'Non renseigné',
      modify: 'Modifier « {{section}} »',
      cgu: 'Je m’engage à respecter les conditions générales d’utilisation de mon espace de recrutement',
      send: 'Valider la création de mon espace',
    },
    confirmation: {
      title: 'Votre espace est créé',
      registered: 'La création de votre espace est enregistrée.',
      reference: 'Votre référence : {{reference}}',
      emailsTitle: 'Vous allez recevoir trois courriels',
      email1: 'un courriel de demande de confirmation de votre adresse électronique ;',
      email2: 'un courriel avec votre identifiant ;',
      email3: 'un courriel avec votre mot de passe provisoire.',
      sentTo: 'Ils seront envoyés à l’adresse {{email}}.',
      confirmFirst:
        'Vous devez d’abord confirmer votre adresse électronique (lien du premier courriel) afin de recevoir votre identifiant et votre mot de passe provisoire.',
      firstSignIn:
        'Lors de votre première connexion, vous devrez personnaliser votre mot de passe.',
      certificationTitle: 'Votre espace va être certifié par un conseiller France Travail',
      certificationIntro:
        'Dans l’attente de la certification, les services suivants sont « en partie » accessibles :',
      services: {
        candidats:
          'Recherche de candidats : vous pouvez rechercher des profils mais vous n’accéderez pas aux données des candidats.',
        attestation: 'Attestation employeur : la saisie est bloquée avant la certification.',
        offre:
          'Dépôt d’offre en ligne : la saisie est accessible mais l’offre ne sera diffusée qu’une fois votre espace certifié.',
        proposition:
          'Proposition d’offre d’emploi : vous pouvez la saisir mais elle ne sera envoyée au candidat qu’une fois votre espace certifié.',
      },
      finish: 'Terminer',
    },
  },
};
