/**
 * Where an employer space opens, worded once: the sign-in screen, the two confirmation screens,
 * the sign-in refusal and the printed récapitulatif all say the same thing. Employer spaces open
 * on the kiosk through their own door, « Je suis un employeur : me connecter » (the job seekers'
 * form does not take their codes), and on France Travail's own sites too (pro.francetravail.fr for
 * the entreprise account, « Connexion » then « Particulier employeur » on francetravail.fr).
 */
export const employerSpaceFr = {
  jobSeekersOnly: 'Ces cases ouvrent l’espace des demandeurs d’emploi.',
  anyEmployer:
    'Vous êtes employeur ? Touchez « Je suis un employeur : me connecter », plus bas. Votre espace s’ouvre aussi sur pro.francetravail.fr (entreprise) ou sur francetravail.fr (Particulier employeur).',
  entreprise:
    'Votre espace entreprise s’ouvre sur cette borne : touchez « Je suis un employeur : me connecter ». Il s’ouvre aussi sur pro.francetravail.fr, avec vos codes France Travail.',
  particulier:
    'Votre espace Particulier employeur s’ouvre sur cette borne : touchez « Je suis un employeur : me connecter ». Entrez les codes reçus par courriel. Il s’ouvre aussi sur francetravail.fr, « Connexion » puis « Particulier employeur ».',
  reception: 'L’accueil de l’agence peut aussi vous aider.',
} as const;

/** The printed récapitulatif of a new employer space (what it may show: see its PDF builder). */
export const employerReceiptFr = {
  title: {
    entreprise: 'Récapitulatif de création de votre compte entreprise',
    particulier: 'Récapitulatif de création de votre espace Particulier employeur',
  },
  reference: 'Référence',
  date: 'Date',
  name: 'Nom',
  identifiant: 'Identifiant choisi',
  establishment: 'Établissement',
  siret: 'SIRET',
  nir: 'Numéro de sécurité sociale',
  nextTitle: 'Et maintenant ?',
  next: {
    entreprise: [
      '1. Activez votre compte avec le lien reçu par courriel.',
      '2. Un conseiller France Travail certifiera votre compte ; en attendant, les services sont accessibles en partie.',
    ],
    particulier: [
      '1. Confirmez votre adresse électronique avec le lien du premier courriel.',
      '2. Vous recevrez ensuite votre identifiant, puis votre mot de passe provisoire, à personnaliser à la première connexion.',
      '3. Un conseiller France Travail certifiera votre espace ; en attendant, les services sont accessibles en partie.',
    ],
  },
  whereTitle: 'Où vous connecter',
  never: 'Ne communiquez jamais votre mot de passe, même à un conseiller.',
} as const;
