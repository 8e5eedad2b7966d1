import {
  ValidationErrorsIBAN,
  electronicFormatIBAN,
  friendlyFormatIBAN,
  isSEPACountry,
  isValidBIC,
  validateIBAN,
} from 'ibantools';
import { z } from 'zod';
import { isValidEmail, sameEmail } from './email';
import { motDePasseSchema } from './login';
import { unmetPasswordRules } from './password';
import { parseFrenchPhone } from './phone';
import { codePostalField, communeSchema, secretQuestionFields, textField } from './registration';

/**
 * « Mon profil »: what a signed-in job seeker may change at the terminal, one change at a time,
 * read back before it is sent. The same schemas run in the renderer (as the user types), in main
 * (before the outbox) and their rules again on the central API. Messages are catalogue keys.
 */
export const profilChangeKinds = [
  'adresse',
  'telephone',
  'email',
  'rib',
  'questionSecrete',
] as const;
export type ProfilChangeKind = (typeof profilChangeKinds)[number];

const account = (key: string) => `account.errors.${key}`;
const k = (key: string) => `profil.errors.${key}`;

export const adresseChangeSchema = z
  .object({
    adresse: textField(100),
    complement: textField(100, false),
    codePostal: codePostalField,
    commune: communeSchema.nullable(),
  })
  .superRefine((v, ctx) => {
    if (!v.commune)
      ctx.addIssue({ code: 'custom', path: ['commune'], message: account('commune') });
  });
export type AdresseChange = z.input<typeof adresseChangeSchema>;

/** One number to reach the person: a French mobile or landline, as people type it. */
export const telephoneChangeSchema = z.object({
  telephone: z
    .string()
    .trim()
    .min(1, account('required'))
    .max(40, account('tooLong'))
    .refine((v) => parseFrenchPhone(v) !== null, k('telephone')),
});
export type TelephoneChange = z.input<typeof telephoneChangeSchema>;

export const emailChangeSchema = z
  .object({
    email: z.string().trim().min(1, account('required')).max(254, account('tooLong')),
    emailConfirmation: z.string().trim().min(1, account('required')).max(254, account('tooLong')),
  })
  .superRefine((v, ctx) => {
    if (!isValidEmail(v.email))
      ctx.addIssue({ code: 'custom', path: ['email'], message: account('email') });
    else if (!sameEmail(v.email, v.emailConfirmation))
      ctx.addIssue({
        code: 'custom',
        path: ['emailConfirmation'],
        message: account('emailMismatch'),
      });
  });
export type EmailChange = z.input<typeof emailChangeSchema>;

export type IbanProblem = 'format' | 'key' | 'country';

/**
 * Why an IBAN as typed (spaces allowed, any case) cannot be used, or null. A wrong check key (the
 * two digits after the country, or the French RIB key at the end) is told apart from a wrong
 * length: the first is a typo in one digit, the second a line forgotten or doubled. Payments go to
 * accounts of the SEPA zone only.
 */
export function ibanProblem(raw: string): IbanProblem | null {
  const iban = electronicFormatIBAN(raw) ?? '';
  const { valid, errorCodes } = validateIBAN(iban);
  if (valid) return isSEPACountry(iban.slice(0, 2)) ? null : 'country';
  const keyOnly = errorCodes.every(
    (code) =>
      code === ValidationErrorsIBAN.WrongIBANChecksum ||
      code === ValidationErrorsIBAN.WrongAccountBankBranchChecksum,
  );
  return keyOnly ? 'key' : 'format';
}

/** "FR76 3000 6000 0112 3456 7890 189": the IBAN as the bank prints it. */
export function formatIban(raw: string): string {
  return friendlyFormatIBAN(electronicFormatIBAN(raw) ?? raw) ?? raw;
}

/**
 * What may be shown or printed of an IBAN: its country and its last 4 characters only, so a receipt
 * left on the printer or a screen seen over a shoulder gives nobody the account.
 */
export function maskIban(raw: string): string {
  const iban = electronicFormatIBAN(raw) ?? raw.replace(/\s/g, '').toUpperCase();
  return `${iban.slice(0, 2)}•• •••• •••• •••• ${iban.slice(-4)}`;
}

export const ribChangeSchema = z
  .object({
    titulaire: textField(70),
    iban: z.string().trim().min(1, account('required')).max(50, account('tooLong')),
    bic: z.string().trim().max(15, account('tooLong')),
  })
  .superRefine((v, ctx) => {
    const problem = ibanProblem(v.iban);
    if (v.iban.trim() && problem)
      ctx.addIssue({ code: 'custom', path: ['iban'], message: k(`iban.${problem}`) });
    // The BIC is optional inside the SEPA zone (the IBAN names the bank); when typed it must be one.
    const bic = v.bic.replace(/\s/g, '').toUpperCase();
    if (bic && !isValidBIC(bic)) ctx.addIssue({ code: 'custom', path: ['bic'], message: k('bic') });
  });
export type RibChange = z.input<typeof ribChangeSchema>;

export const questionSecreteChangeSchema = z.object(secretQuestionFields);
export type QuestionSecreteChange = z.input<typeof questionSecreteChangeSchema>;

export const profilChangeSchemas = {
  adresse: adresseChangeSchema,
  telephone: telephoneChangeSchema,
  email: emailChangeSchema,
  rib: ribChangeSchema,
  questionSecrete: questionSecreteChangeSchema,
} as const;

/** One change as it crosses the contract and the outbox. */
export const profilChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('adresse'), data: adresseChangeSchema }).strict(),
  z.object({ kind: z.literal('telephone'), data: telephoneChangeSchema }).strict(),
  z.object({ kind: z.literal('email'), data: emailChangeSchema }).strict(),
  z.object({ kind: z.literal('rib'), data: ribChangeSchema }).strict(),
  z.object({ kind: z.literal('questionSecrete'), data: questionSecreteChangeSchema }).strict(),
]);
export type ProfilChange = z.output<typeof profilChangeSchema>;

/** The kiosk's reference for a change: PRF-YYYYMMDD-XXXXXX, printed on the receipt before delivery. */
export const PROFIL_REFERENCE = /^PRF-\d{8}-[2-9A-HJKMNP-TV-Z]{6}$/;

/**
 * « Changer mon mot de passe » from the profile: the current one first (whoever stands at an open
 * session must not lock its owner out), then the new one under the policy, twice.
 */
export const passwordChangeFromProfilSchema = z
  .object({
    motDePasseActuel: motDePasseSchema,
    nouveauMotDePasse: z.string().max(128, account('tooLong')),
    confirmation: z.string().max(128, account('tooLong')),
  })
  .superRefine((v, ctx) => {
    const unmet = unmetPasswordRules(v.nouveauMotDePasse);
    if (!v.nouveauMotDePasse || unmet[0])
      ctx.addIssue({
        code: 'custom',
        path: ['nouveauMotDePasse'],
        message: v.nouveauMotDePasse ? account(`password.${unmet[0]}`) : account('required'),
      });
    else if (v.nouveauMotDePasse === v.motDePasseActuel)
      ctx.addIssue({ code: 'custom', path: ['nouveauMotDePasse'], message: k('samePassword') });
    if (v.confirmation !== v.nouveauMotDePasse)
      ctx.addIssue({
        code: 'custom',
        path: ['confirmation'],
        message: account('confirmationMismatch'),
      });
  });
export type PasswordChangeFromProfil = z.input<typeof passwordChangeFromProfilSchema>;
