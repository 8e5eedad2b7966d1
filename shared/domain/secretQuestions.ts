/** The secret questions offered at registration: France Travail's list ("Nom de votre ville…"). */
export const secretQuestionIds = [
  'villeNaissance',
  'premierAnimal',
  'ecolePrimaire',
  'prenomGrandParent',
  'premiereVoiture',
] as const;
export type SecretQuestionId = (typeof secretQuestionIds)[number];

export function isSecretQuestionId(value: string): value is SecretQuestionId {
  return (secretQuestionIds as readonly string[]).includes(value);
}

/**
 * How an answer is compared: case, accents, outer and repeated spaces do not matter ("Saint-Étienne"
 * and "saint etienne " are the same town to the person typing it on a touch screen).
 */
export function normaliseSecretAnswer(answer: string): string {
  return answer
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s'-]+/g, ' ')
    .trim();
}
