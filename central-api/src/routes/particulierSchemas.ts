/** Request and reply schemas of the particulier employeur routes (particulier.ts). */
import { z } from 'zod';
import { secretQuestionIds } from '../../../shared/domain/secretQuestions';

const str = (maxLength: number, minLength = 0) => z.string().min(minLength).max(maxLength);

const commune = z.strictObject({ code: str(5, 5), nom: str(80, 1) }).nullable();

/**
 * The body of POST /v1/employers/particulier: the shapes here; the rules (NIR key and consistency,
 * phones, e-mail confirmation, commune) are the kiosk's shared zod schema, run again by the route.
 */
export const particulierBody = z.strictObject({
  passToken: str(128, 1).describe('From a passed contrôle de sécurité (once)'),
  account: z.strictObject({
    etatCivil: z.strictObject({
      civilite: z.enum(['M', 'F']),
      nomNaissance: str(60, 1),
      nomUsage: str(60).optional(),
      prenom: str(60, 1),
      nir: str(30, 1),
      dateNaissance: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      paysNaissance: str(60, 1),
      communeNaissance: commune,
    }),
    coordonnees: z.strictObject({
      codePostal: str(10, 1),
      commune,
      voie: str(100).optional(),
      complement: str(100).optional(),
      email: str(254, 3),
      emailConfirmation: str(254, 3),
      telephone1: str(40).optional(),
      telephone2: str(40).optional(),
      emailsFranceTravail: z.boolean(),
    }),
    securite: z.strictObject({
      questionSecrete: z.enum(secretQuestionIds),
      reponseSecrete: str(60, 1),
    }),
    cgu: z.literal(true),
  }),
});

const challenge = z.object({
  challengeId: z.string(),
  category: z.string().describe('Catalogue id: couleur, animal, fruit'),
  words: z.array(z.string()).min(3).max(3),
  changesLeft: z.int().min(0),
});

export const challengeCreated = challenge.describe('Question');

export const challengeRequest = z.strictObject({ replaces: str(64, 1).optional() });

export const challengeParams = z.object({ challengeId: str(64, 1) });

export const answerRequest = z.strictObject({ answer: str(40, 1) });

export const answerChecked = z
  .object({
    passed: z.boolean(),
    passToken: z.string().optional(),
    challenge: challenge.optional(),
  })
  .describe('Checked');
