import { employerSpaceFr } from '../../../shared/wording';
import { employerSpace } from './employerSpace';

/**
 * The employer spaces: the choice, the entreprise space and the particulier
 * employeur space, in France Travail's own wording. Moved out of account.ts to keep it small.
 */
export const employer = {
  ...employerSpace,
  documentTitle: 'Espace employeur',
  /** Both confirmation screens: where the new space opens, and its printed récapitulatif. */
  space: {
    whereTitle: 'Où vous connecter',
    entreprise: `${employerSpaceFr.entreprise} ${employerSpaceFr.reception}`,
    particulier: `${employerSpaceFr.particulier} ${employerSpaceFr.reception}`,
    print: 'Imprimer le récapitulatif',
    printed:
      'Le récapitulatif est imprimé : prenez-le sous l’imprimante. Il ne montre ni votre mot de passe, ni tout votre numéro de sécurité sociale.',
  },
  choice: {
    title: 'Créer un compte employeur',
    intro: 'Quel employeur êtes-vous ?',
    particulier: 'Particulier employeur',
    particulierHint:
      'Vous employez une personne à votre domicile : garde d’enfant, ménage, jardinage, aide à domicile…',
    entreprise: 'Entreprise',
    entrepriseHint:
      'Vous recrutez pour une entreprise. Elle a un numéro SIRET : le numéro de 14 chiffres de chaque établissement.',
    back: 'Retour',
  },
  errors: {
    nirRequired: 'Écrivez votre numéro de sécurité sociale : 15 caractères.',
    accountExists:
      'Vous avez déjà un espace Particulier employeur avec ce numéro. Connectez-vous, ou appelez un conseiller.',
    antiRobot: {
      required: 'Écrivez votre réponse.',
      wrong: 'Ce n’est pas la bonne réponse. Voici une nouvelle question.',
      expired: 'Cette question n’est plus valable. Voici une nouvelle question.',
      noMoreChanges:
        'Vous ne pouvez plus changer de question. Répondez à celle-ci, ou appelez un conseiller.',
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
    allRequired: 'Remplissez toutes les cases.',
    identifiant: 'Identifiant',
    // The term stays (pro.francetravail.fr asks for it); its explanation comes with it.
    identifiantHint:
      'Identifiant : le nom que vous choisissez pour entrer dans votre compte. De 6 à 20 lettres et chiffres, par exemple frankcapra.',
    motDePasse: 'Mot de passe',
    confirmation: 'Écrivez de nouveau le mot de passe',
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
    siretIntro:
      'Écrivez le numéro SIRET de votre établissement. Il relie votre compte à votre établissement.',
    siret: 'Numéro de SIRET',
    siretHint:
      'Le numéro de 14 chiffres de votre établissement. Il est sur vos factures et vos fiches de paie.',
    siretHelp:
      'Vous n’avez pas encore de numéro SIRET ? Ou votre numéro n’est pas reconnu ? Appelez un conseiller entreprise au 39 95 (service gratuit + prix d’un appel).',
    next: 'Suivant',
    back: 'Retour',
    confirmIntro: 'Voici l’entreprise qui a ce numéro SIRET.',
    establishment: {
      raisonSociale: 'Nom de l’entreprise',
      siret: 'SIRET',
      adresse: 'Adresse',
      codeNaf: 'Code NAF (code de l’activité)',
    },
    confirmQuestion: 'Est-ce bien votre établissement ? Si oui, touchez « Valider ».',
    confirm: 'Valider',
    created: 'Votre compte entreprise est créé et rattaché à votre établissement.',
    reference: 'Votre référence : {{reference}}',
    activation:
      'Nous vous avons envoyé un e-mail. Ouvrez son lien pour activer votre compte. Sans cela, vous ne pourrez pas vous connecter.',
    certification:
      'Un conseiller France Travail va certifier votre compte : il vérifie votre entreprise. En attendant, une partie des services est ouverte. Vos offres seront publiées après cette vérification.',
    finish: 'Terminer',
  },
  particulier: {
    documentTitle: 'Espace Particulier Employeur',
    title: 'Créer mon espace Particulier Employeur',
    vigilance:
      'Soyez prudent. France Travail ne vous demande jamais vos codes, ni par courriel, ni par courrier, ni par téléphone. Ne donnez vos codes à personne.',
    requiredNote: 'Remplissez toutes les cases, sauf celles marquées « facultatif ».',
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
      dateNaissanceHint: 'Jour, mois, année : par exemple 23/05/1995',
      paysNaissance: 'Pays de naissance',
      codePostalNaissance: 'Né(e) à : code postal de votre commune de naissance',
    },
    coordonnees: {
      adresseTitle: 'Adresse postale',
      codePostal: 'Code postal',
      voie: 'Numéro et nom de la rue',
      voieHint: 'Exemple : 12 avenue Édouard Michelin',
      complement: 'Complément d’adresse',
      complementHint: 'Par exemple : bâtiment, étage, entrée, boîte aux lettres',
      contactTitle: 'Comment vous joindre',
      email: 'Adresse e-mail',
      emailHint:
        'Exemple : nom@site.com. Nous y enverrons vos codes pour entrer dans votre espace.',
      emailConfirmation: 'Écrivez de nouveau votre adresse e-mail',
      telephone1: 'Téléphone 1',
      telephone2: 'Téléphone 2',
      phoneHint: 'Exemple : 06 12 34 56 78',
      consentTitle: 'Simplifier vos échanges avec France Travail',
      consentText:
        'Si vous acceptez, France Travail pourra vous écrire par courriel. Vous aurez des nouvelles de vos démarches. Vous pourrez aussi donner votre avis dans des enquêtes.',
      consent: 'J’accepte de recevoir des courriels de France Travail',
    },
    securite: {
      intro:
        'Choisissez une question secrète et écrivez sa réponse. Elle vous servira si vous oubliez votre mot de passe.',
      questionSecrete: 'Question secrète',
      reponseSecrete: 'Réponse',
    },
    controle: {
      intro: 'Cette question vérifie que vous êtes une personne, pas un robot.',
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
      newQuestion_one: 'Changer de question (encore {{count}} fois)',
      newQuestion_other: 'Changer de question (encore {{count}} fois)',
      loading: 'Chargement de la question…',
    },
    review: {
      intro:
        'Vérifiez vos informations avant de créer votre espace. Pour corriger une partie, touchez « Modifier ».',
      identite: 'Identité',
      naissance: 'Né(e) le',
      naissanceValue: '{{date}}, à {{lieu}}',
      nir: 'Numéro de sécurité sociale',
      adresse: 'Adresse postale',
      email: 'Adresse e-mail',
      telephone1: 'Téléphone 1',
      telephone2: 'Téléphone 2',
      consent: 'Courriels de France Travail',
      questionSecrete: 'Question secrète',
      yes: 'Oui',
      no: 'Non',
      notGiven: 'Non renseigné',
      modify: 'Modifier « {{section}} »',
      cgu: 'J’accepte les conditions générales d’utilisation de mon espace',
      send: 'Valider la création de mon espace',
    },
    confirmation: {
      title: 'Votre espace est créé',
      registered: 'La création de votre espace est enregistrée.',
      reference: 'Votre référence : {{reference}}',
      emailsTitle: 'Vous allez recevoir trois courriels',
      email1: 'un courriel pour confirmer votre adresse e-mail ;',
      email2: 'un courriel avec votre identifiant : le nom pour entrer dans votre espace ;',
      email3: 'un courriel avec votre mot de passe provisoire.',
      sentTo: 'Ils seront envoyés à l’adresse {{email}}.',
      confirmFirst:
        'D’abord, confirmez votre adresse : ouvrez le lien du premier courriel. Ensuite, vous recevrez votre identifiant et votre mot de passe provisoire.',
      firstSignIn: 'À votre première connexion, vous choisirez votre propre mot de passe.',
      certificationTitle: 'Un conseiller France Travail va certifier votre espace',
      certificationIntro:
        'Certifier : vérifier qui vous êtes. En attendant, ces services sont ouverts en partie :',
      services: {
        candidats:
          'Recherche de candidats : vous pouvez chercher des profils. Vous ne verrez pas les coordonnées des candidats.',
        attestation:
          'Attestation employeur : vous pourrez la remplir une fois votre espace certifié.',
        offre:
          'Dépôt d’offre en ligne : vous pouvez écrire une offre. Elle sera publiée une fois votre espace certifié.',
        proposition:
          'Proposition d’offre d’emploi : vous pouvez l’écrire. Elle sera envoyée au candidat une fois votre espace certifié.',
      },
      finish: 'Terminer',
    },
  },
};
