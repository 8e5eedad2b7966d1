import type { ProfilChangeKind } from '../domain/profil';
import type { SecretQuestionId } from '../domain/secretQuestions';

/**
 * The printed receipt of a « Mon profil » change, worded once. The person compares it with the
 * screen, and shows it at the desk if the change went wrong: it names what changed, never a
 * secret answer, a password or a full IBAN.
 */
export const profilReceiptFr = {
  title: 'Modification de mon profil',
  reference: 'Référence',
  date: 'Demande faite le',
  state: 'État',
  holder: 'Demandeur',
  what: 'Ce qui change',
  kinds: {
    adresse: 'Adresse postale',
    telephone: 'Téléphone',
    email: 'Adresse e-mail',
    rib: 'Compte bancaire pour les paiements',
    questionSecrete: 'Question secrète',
  } satisfies Record<ProfilChangeKind, string>,
  status: {
    sent: 'Reçue par France Travail',
    queued: 'Enregistrée sur la borne, sera envoyée dès que possible',
  },
  emailNext:
    'Un message a été envoyé à cette adresse. Ouvrez-le et touchez le lien pour la confirmer. Jusque-là, France Travail écrit à votre ancienne adresse.',
  ribNext:
    'France Travail vérifie ce compte avant de l’utiliser. Jusque-là, vos paiements vont sur l’ancien compte.',
  ribMasked: 'Seuls les 4 derniers caractères du numéro de compte (IBAN) sont imprimés.',
  secretAnswer: 'La réponse n’est pas imprimée.',
  codePostalNext: 'Pour vous connecter, utilisez désormais le code postal {{codePostal}}.',
  keep: 'Gardez ce papier. Il prouve votre demande.',
} as const;

/** The secret questions as printed (the same words as on the screen). */
export const secretQuestionsFr = {
  villeNaissance: 'Nom de votre ville de naissance',
  premierAnimal: 'Nom de votre premier animal de compagnie',
  ecolePrimaire: 'Nom de votre école primaire',
  prenomGrandParent: 'Prénom de l’un de vos grands-parents',
  premiereVoiture: 'Marque de votre première voiture',
} as const satisfies Record<SecretQuestionId, string>;
