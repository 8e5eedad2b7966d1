import { z } from 'zod';
import { isValidEmail, sameEmail } from './email';
import { nirProblem } from './nir';
import { parseFrenchPhone } from './phone';
import {
  codePostalField,
  communeSchema,
  isoDate,
  refineBirth,
  secretQuestionFields,
  textField as text,
} from './registration';

/**
 * "Créer mon espace Particulier Employeur", one group of questions per kiosk screen:
 * état civil, coordonnées (with the e-mail consent), question secrète, contrôle de sécurité (the
 * anti-robot question, checked by the central API), then the review with the CGU. The identifiant
 * and a temporary password are assigned by the central API and sent by e-mail, never chosen here.
 * Messages are catalogue keys: shared ones under `account.errors`, the space's own under
 * `employer.errors`.
 */
const k = (key: string) => `account.errors.${key}`;

/** Seed 000 step 3: civilité, noms, prénom, NIR (required here), né(e) le, pays, commune. */
export const particulierEtatCivilSchema = z
  .object({
    civilite: z.enum(['M', 'F'], { message: k('civilite') }),
    nomNaissance: text(60),
    nomUsage: text(60, false),
    prenom: text(60),
    nir: z.string().max(30, k('nir.format')),
    dateNaissance: isoDate,
    paysNaissance: text(60),
    communeNaissance: communeSchema.nullable(),
  })
  .superRefine((v, ctx) => {
    const problem = v.nir.trim()
      ? nirProblem(v.nir, { sex: v.civilite, birthDate: v.dateNaissance })
      : 'required';
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: ['nir'],
        // The registration's "or tick Je n'ai pas de numéro" does not apply: the space needs one.
        message: problem === 'required' ? 'employer.errors.nirRequired' : k(`nir.${problem}`),
      });
    // An employer signs contracts: 18 and over.
    refineBirth(v, ctx, 18);
  });
export type ParticulierEtatCivil = z.input<typeof particulierEtatCivilSchema>;
/** The état civil while it is typed: no civilité chosen yet is ''. */
export type ParticulierEtatCivilDraft = Omit<ParticulierEtatCivil, 'civilite'> & {
  civilite: ParticulierEtatCivil['civilite'] | '';
};

const phone = z
  .string()
  .trim()
  .max(40, k('tooLong'))
  .refine((v) => !v || parseFrenchPhone(v) !== null, k('phone'));

/** Seed 000 step 4: adresse postale, modalités de contact (e-mail required), courriels consent. */
export const particulierCoordonneesSchema = z
  .object({
    codePostal: codePostalField,
    commune: communeSchema.nullable(),
    voie: text(100, false),
    complement: text(100, false),
    email: z.string().trim().min(1, k('required')).max(254, k('tooLong')),
    emailConfirmation: z.string().trim().min(1, k('required')).max(254, k('tooLong')),
    telephone1: phone,
    telephone2: phone,
    emailsFranceTravail: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (!v.commune) ctx.addIssue({ code: 'custom', path: ['commune'], message: k('commune') });
    if (v.email.trim() && !isValidEmail(v.email))
      ctx.addIssue({ code: 'custom', path: ['email'], message: k('email') });
    else if (v.emailConfirmation.trim() && !sameEmail(v.email, v.emailConfirmation))
      ctx.addIssue({ code: 'custom', path: ['emailConfirmation'], message: k('emailMismatch') });
  });
export type ParticulierCoordonnees = z.input<typeof particulierCoordonneesSchema>;

/** "Question secrète et réponse": to recover the password if it is lost. */
export const particulierSecuriteSchema = z.object(secretQuestionFields);
export type ParticulierSecurite = z.input<typeof particulierSecuriteSchema>;

/** "Contrôle de sécurité": the answer typed to the central API's question. */
export const antiRobotAnswerSchema = z.object({
  challengeId: z.string().min(1).max(64),
  answer: z.string().trim().min(1, 'employer.errors.antiRobot.required').max(40, k('tooLong')),
});

/** What is sent at the end: every section, and "Je m'engage à respecter les CGU". */
export const particulierAccountSchema = z.object({
  etatCivil: particulierEtatCivilSchema,
  coordonnees: particulierCoordonneesSchema,
  securite: particulierSecuriteSchema,
  cgu: z.literal(true, { message: k('cgu') }),
});

export const particulierSteps = ['etatCivil', 'coordonnees', 'securite', 'controle'] as const;
export type ParticulierStep = (typeof particulierSteps)[number];

/** A question of the contrôle de sécurité: a category and three words, as catalogue ids. */
export const antiRobotChallengeSchema = z.object({
  challengeId: z.string(),
  category: z.string(),
  words: z.array(z.string()).length(3),
  /** "Afficher une nouvelle question (5 changements autorisés)": how many are left. */
  changesLeft: z.number().int().min(0),
});
export type AntiRobotChallenge = z.infer<typeof antiRobotChallengeSchema>;
