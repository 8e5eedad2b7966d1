import { z } from 'zod';
import { isValidEmail } from './email';
import { parseFrenchPhone } from './phone';
import { refineAccessCodes } from './registration';
import { siretProblem } from './siret';

const k = (key: string) => `account.errors.${key}`;
const text = (max: number) => z.string().trim().min(1, k('required')).max(max, k('tooLong'));

/** Seed 003's "Création d'un compte entreprise": all fields required, CGU accepted. */
export const entrepriseAccountSchema = z
  .object({
    identifiant: z.string().trim().min(1, k('required')),
    motDePasse: z.string().min(1, k('required')).max(128, k('tooLong')),
    confirmation: z.string().min(1, k('required')),
    civilite: z.enum(['M', 'F'], { message: k('civilite') }),
    nom: text(60),
    prenom: text(60),
    email: z.string().trim().min(1, k('required')).refine(isValidEmail, k('email')),
    telephone: z
      .string()
      .trim()
      .min(1, k('required'))
      .refine((v) => parseFrenchPhone(v) !== null, k('phone')),
    cgu: z.literal(true, { message: k('cgu') }),
  })
  .superRefine(refineAccessCodes);
export type EntrepriseAccount = z.input<typeof entrepriseAccountSchema>;
/** The account while it is typed: no civilité chosen yet is '', the CGU not ticked yet. */
export type EntrepriseDraft = Omit<EntrepriseAccount, 'civilite' | 'cgu'> & {
  civilite: EntrepriseAccount['civilite'] | '';
  cgu: boolean;
};

export const siretField = z
  .string()
  .trim()
  .min(1, k('required'))
  .superRefine((v, ctx) => {
    const problem = siretProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: k(`siret.${problem}`) });
  })
  .transform((v) => v.replace(/[\s.]/g, ''));

/** The SIRET step as a form: one field. */
export const siretFormSchema = z.object({ siret: siretField });

export const establishmentSchema = z.object({
  siret: z.string(),
  raisonSociale: z.string(),
  adresse: z.string(),
  codeNaf: z.string(),
  libelleNaf: z.string(),
});
export type Establishment = z.infer<typeof establishmentSchema>;
