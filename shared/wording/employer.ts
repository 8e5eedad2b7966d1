/**
 * Where an employer space opens, worded once: the sign-in screen, the two confirmation screens,
 * the sign-in refusal and the printed récapitulatif all say the same thing. Employer spaces do not
 * open on the kiosk, which is the job seekers' space; the addresses are France Travail's own
 * (pro.francetravail.fr for the entreprise account, « Connexion » then « Particulier employeur »
 * on francetravail.fr for the particulier employeur).
 */
export const employerSpaceFr = {
  jobSeekersOnly: 'Cette borne ouvre l’espace des demandeurs d’emploi.',
  anyEmployer:
    'Vous êtes employeur ? Votre espace s’ouvre sur pro.francetravail.fr (entreprise) ou sur francetravail.fr, « Connexion » puis « Particulier employeur », pas sur cette borne.',
  entreprise:
    'Votre espace entreprise s’ouvre sur pro.francetravail.fr, pas sur cette borne. Connectez-vous avec vos codes France Travail.',
  particulier:
    'Votre espace Particulier employeur s’ouvre sur francetravail.fr, pas sur cette borne. Choisissez « Connexion », puis « Particulier employeur ». Entrez les codes reçus par courriel.',
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
