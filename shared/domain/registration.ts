import { z } from 'zod';
import { isValidEmail, sameEmail } from './email';
import { chosenIdentifiantProblem } from './identifiant';
import { motDePasseSchema } from './login';
import { nirProblem } from './nir';
import { unmetPasswordRules } from './password';
import { parseFrenchPhone } from './phone';
import { isFrenchPostalCode } from './postalCode';
import { isSecretQuestionId } from './secretQuestions';

/**
 * The candidate registration, one group of questions per screen ("définir vos codes d'accès",
 * then état civil, coordonnées, situation). Messages are catalogue keys under
 * `account.errors`, shown next to their field. The same schemas run in the renderer (as the
 * user types), in main (before anything is sent) and their rules again on the central API.
 */
const k = (key: string) => `account.errors.${key}`;
/** Trimmed text up to `max` characters, required unless told: every account form's free field. */
export const textField = (max: number, required = true) =>
  required
    ? z.string().trim().min(1, k('required')).max(max, k('tooLong'))
    : z.string().trim().max(max, k('tooLong'));
const text = textField;

export const codePostalField = z
  .string()
  .trim()
  .min(1, k('required'))
  .refine(isFrenchPostalCode, k('codePostal'));

export const communeSchema = z.object({
  code: z.string().regex(/^[0-9][0-9AB]\d{3}$/, k('commune')),
  nom: z.string().min(1).max(80),
});

/**
 * The checks an identifiant, a password and its confirmation need together (availability aside):
 * shared by every form that creates access codes (candidate registration, employer accounts).
 */
export function refineAccessCodes(
  v: { identifiant: string; motDePasse: string; confirmation: string },
  ctx: z.RefinementCtx,
): void {
  const idProblem = chosenIdentifiantProblem(v.identifiant);
  if (v.identifiant.trim() && idProblem)
    ctx.addIssue({
      code: 'custom',
      path: ['identifiant'],
      message: k(`identifiant.${idProblem}`),
    });
  const unmet = unmetPasswordRules(v.motDePasse, v.identifiant);
  if (v.motDePasse && unmet[0])
    ctx.addIssue({ code: 'custom', path: ['motDePasse'], message: k(`password.${unmet[0]}`) });
  if (v.confirmation && v.confirmation !== v.motDePasse)
    ctx.addIssue({ code: 'custom', path: ['confirmation'], message: k('confirmationMismatch') });
}

/** "Question secrète et réponse", asked the same way by every account (to recover a password). */
export const secretQuestionFields = {
  questionSecrete: z.string().refine(isSecretQuestionId, k('questionSecrete')),
  reponseSecrete: text(60).refine((v) => v.trim().length >= 2, k('reponseSecrete')),
};

export const accessCodesSchema = z
  .object({
    identifiant: z.string().trim().min(1, k('required')),
    motDePasse: z.string().min(1, k('required')).max(128, k('tooLong')),
    confirmation: z.string().min(1, k('required')),
    codePostal: codePostalField,
    ...secretQuestionFields,
  })
  .superRefine(refineAccessCodes);
export type AccessCodes = z.input<typeof accessCodesSchema>;

/** A calendar date as YYYY-MM-DD that exists (no 31 April). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, k('date'))
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, k('date'));

/** Born `minAge` to 120 years ago, and in a commune when born in France. */
export function refineBirth(
  v: { dateNaissance: string; paysNaissance: string; communeNaissance: unknown },
  ctx: z.RefinementCtx,
  minAge: number,
): void {
  const birth = new Date(`${v.dateNaissance}T00:00:00Z`).getTime();
  const age = (Date.now() - birth) / (365.25 * 24 * 3600_000);
  if (!Number.isNaN(birth) && (age < minAge || age > 120))
    ctx.addIssue({ code: 'custom', path: ['dateNaissance'], message: k('dateRange') });
  if (v.paysNaissance.trim().toUpperCase() === 'FRANCE' && !v.communeNaissance)
    ctx.addIssue({ code: 'custom', path: ['communeNaissance'], message: k('required') });
}

export const identiteSchema = z
  .object({
    civilite: z.enum(['M', 'F'], { message: k('civilite') }),
    nomNaissance: text(60),
    nomUsage: text(60, false),
    prenoms: text(80),
    sansNir: z.boolean(),
    nir: z.string().max(30, k('nir.format')),
    dateNaissance: isoDate,
    paysNaissance: text(60),
    communeNaissance: communeSchema.nullable(),
  })
  .superRefine((v, ctx) => {
    if (!v.sansNir) {
      const problem = v.nir.trim()
        ? nirProblem(v.nir, { sex: v.civilite, birthDate: v.dateNaissance })
        : 'required';
      if (problem) ctx.addIssue({ code: 'custom', path: ['nir'], message: k(`nir.${problem}`) });
    }
    refineBirth(v, ctx, 16);
  });
export type Identite = z.input<typeof identiteSchema>;
/** The état civil while it is typed: no civilité chosen yet is '' (the schema refuses it). */
export type IdentiteDraft = Omit<Identite, 'civilite'> & { civilite: Identite['civilite'] | '' };

export const coordonneesSchema = z
  .object({
    adresse: text(100),
    complement: text(100, false),
    codePostal: codePostalField,
    commune: communeSchema.nullable(),
    email: z.string().trim().max(254, k('tooLong')),
    emailConfirmation: z.string().trim().max(254, k('tooLong')),
    telephonePortable: z.string().trim().max(40, k('tooLong')),
    telephoneFixe: z.string().trim().max(40, k('tooLong')),
  })
  .superRefine((v, ctx) => {
    if (!v.commune) ctx.addIssue({ code: 'custom', path: ['commune'], message: k('commune') });
    if (v.email && !isValidEmail(v.email))
      ctx.addIssue({ code: 'custom', path: ['email'], message: k('email') });
    if (v.email && !sameEmail(v.email, v.emailConfirmation))
      ctx.addIssue({ code: 'custom', path: ['emailConfirmation'], message: k('emailMismatch') });
    const mobile = v.telephonePortable ? parseFrenchPhone(v.telephonePortable) : null;
    if (v.telephonePortable && mobile?.kind !== 'mobile')
      ctx.addIssue({ code: 'custom', path: ['telephonePortable'], message: k('mobile') });
    const fixe = v.telephoneFixe ? parseFrenchPhone(v.telephoneFixe) : null;
    if (v.telephoneFixe && fixe?.kind !== 'landline')
      ctx.addIssue({ code: 'custom', path: ['telephoneFixe'], message: k('landline') });
    if (!v.email && !v.telephonePortable && !v.telephoneFixe)
      ctx.addIssue({ code: 'custom', path: ['telephonePortable'], message: k('oneContact') });
  });
export type Coordonnees = z.input<typeof coordonneesSchema>;

export const situationsProfessionnelles = [
  'sansEmploi',
  'finContrat',
  'licenciement',
  'emploiPartiel',
  'etudiant',
  'autre',
] as const;
export const qualifications = [
  'manoeuvre',
  'ouvrierSpecialise',
  'ouvrierQualifie',
  'employeNonQualifie',
  'employeQualifie',
  'technicien',
  'agentMaitrise',
  'cadre',
] as const;

export const situationSchema = z
  .object({
    // A legal question: nothing is pre-selected, the person answers it.
    dejaInscrit: z.boolean({ message: k('dejaInscrit') }),
    identifiantDemandeur: z.string().trim().max(20, k('tooLong')),
    situationProfessionnelle: z.enum(situationsProfessionnelles, { message: k('required') }),
    qualification: z.enum(qualifications, { message: k('required') }),
    cgu: z.literal(true, { message: k('cgu') }),
    emailsFranceTravail: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.dejaInscrit && !/^\d{7}[A-Za-z]$/.test(v.identifiantDemandeur))
      ctx.addIssue({
        code: 'custom',
        path: ['identifiantDemandeur'],
        message: k('identifiantDemandeur'),
      });
  });
export type Situation = z.input<typeof situationSchema>;
/** The situation while it is typed: nothing answered or chosen yet, the CGU not ticked yet. */
export type SituationDraft = Omit<
  Situation,
  'dejaInscrit' | 'cgu' | 'situationProfessionnelle' | 'qualification'
> & {
  dejaInscrit: boolean | null;
  cgu: boolean;
  situationProfessionnelle: Situation['situationProfessionnelle'] | '';
  qualification: Situation['qualification'] | '';
};

export const registrationSections = ['identite', 'coordonnees', 'situation'] as const;
export type RegistrationSection = (typeof registrationSections)[number];

export const sectionSchemas = {
  identite: identiteSchema,
  coordonnees: coordonneesSchema,
  situation: situationSchema,
} as const;

/** "Reprendre mon inscription": the identifiant and the password chosen at the start. */
export const resumeSchema = z.object({
  identifiant: z.string().trim().min(1, 'validation.identifiant.required'),
  motDePasse: motDePasseSchema,
});
export type ResumeCodes = z.input<typeof resumeSchema>;

/** Draft validity on the central API: "Reprendre mon inscription" works for 15 days. */
export const REGISTRATION_DRAFT_DAYS = 15;

/** Field → catalogue key of its first problem. */
export function fieldErrorsOf(schema: z.ZodType, value: unknown): Record<string, string> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.') || '_'] ??= issue.message;
  return errors;
}
