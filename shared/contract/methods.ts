import { z } from 'zod';
import { loginSchema } from '../domain/login';
import { actualisationMethods } from './actualisation';
import { documentsMethods } from './documents';
import { outboxMethods } from './outbox';
import { adminMethods } from './admin';
import { cvMethods } from './cv';
import { offresMethods } from './offres';
import { offresCandidatMethods } from './offresCandidat';
import { accountMethods } from './account';
import { speechMethods } from './speech';
import { situationMethods } from './situation';
import { paiementsMethods } from './paiements';
import { profilMethods } from './profil';
import { adviserMethods } from './adviser';
import { employerDashboardMethods } from './employerSpace';
import { profileSchema, signedInSchema } from './session';

/** Screens the renderer can be on; sent with an assist request so the adviser knows where to go. */
export const screenIds = [
  'welcome',
  'login',
  'dashboard',
  'actualisation',
  'documents',
  'exchanges',
  'cv',
  'offres',
  'registration',
  'registrationResume',
  'employer',
  'passwordForgotten',
  'passwordChange',
  'securityKey',
  'situation',
  'history',
  'identifiantForgotten',
  'paiements',
  'attestations',
  'profil',
  'employerSpace',
] as const;
export const screenIdSchema = z.enum(screenIds);
export type ScreenId = z.infer<typeof screenIdSchema>;

/** Why a visit ended. Only 'user' (the "Terminer" button) may be asked for by the renderer. */
export const visitEndReasons = [
  'user',
  'idle',
  'max_length',
  'crash',
  'adviser',
  'shutdown',
] as const;
export const visitEndReasonSchema = z.enum(visitEndReasons);
export type VisitEndReason = z.infer<typeof visitEndReasonSchema>;

const empty = z.object({}).strict();

export { accessSchema, profileSchema, signedInSchema } from './session';
export type { Access, Profile } from './session';

/**
 * The on-screen keyboard: `auto` shows it on text fields until a physical key is pressed in the
 * visit (touch-only terminals have no other way to type), `always` keeps it, `never` hides it.
 */
export const keyboardModes = ['auto', 'always', 'never'] as const;
export type KeyboardMode = (typeof keyboardModes)[number];

export const kioskSettingsSchema = z.object({
  mode: z.enum(['electron', 'browser']),
  locale: z.string(),
  idleWarningAfterSeconds: z.number().int().positive(),
  idleCountdownSeconds: z.number().int().positive(),
  maxVisitMinutes: z.number().positive(),
  keyboard: z.enum(keyboardModes),
  /** IT put the terminal out of service: no visit can start until it is back. Absent: in service. */
  outOfService: z.boolean().optional(),
});
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

/** The walking skeleton's methods: settings, the visit, sign-in, profile, adviser call. */
export const coreMethods = {
  /** Settings the UI needs before the first visit (idle durations, language, shell mode, keyboard). */
  'kiosk.settings': { input: empty, output: kioskSettingsSchema },
  /** "Commencer": opens a visit. */
  'visit.start': { input: empty, output: z.object({ visitId: z.string() }) },
  /** The user touched or typed: postpones the idle timeout. Sent at most every few seconds. */
  'visit.activity': { input: empty, output: empty },
  /** "Je suis encore là": dismisses the idle warning and restarts the idle timer. */
  'visit.stillHere': { input: empty, output: empty },
  /** "Prolonger": pushes the maximum visit length back, within the configured number of times. */
  'visit.extend': {
    input: empty,
    output: z.object({ extended: z.boolean(), extensionsLeft: z.number().int().nonnegative() }),
  },
  /**
   * The welcome screen asks whether the previous visit ended (Terminer, idle, maximum length) a
   * few seconds ago, to say that it ended and nothing was kept. Nothing about who or where.
   */
  'visit.endedNotice': {
    input: empty,
    output: z.object({ ended: z.boolean(), secondsLeft: z.number().int().nonnegative() }),
  },
  /** "Terminer": ends the visit; everything of the user is wiped. */
  'visit.end': { input: z.object({ reason: z.literal('user') }).strict(), output: empty },
  /** Sign-in with identifiant + mot de passe + code postal. */
  'auth.login': {
    input: loginSchema.strict(),
    output: signedInSchema,
  },
  /** The signed-in user's display profile. */
  'profile.get': { input: empty, output: profileSchema },
  /** "Appeler un conseiller": records an assist request (terminal, screen, time; no personal data). */
  'assist.request': {
    input: z.object({ screen: screenIdSchema }).strict(),
    output: z.object({ requestId: z.string() }),
  },
  /**
   * Where the call stands, asked every few seconds while one is open: 'taken' once an adviser
   * said "J'arrive" (with their first name), 'closed' once they have helped.
   */
  'assist.status': {
    input: z.object({ requestId: z.string().min(1).max(64) }).strict(),
    output: z.object({
      state: z.enum(['waiting', 'taken', 'closed', 'cancelled']),
      adviserPrenom: z.string().max(80).nullable(),
    }),
  },
  /** "Annuler l'appel": withdraws the assist request (the adviser is no longer expected). */
  'assist.cancel': {
    input: z.object({ requestId: z.string().min(1).max(64) }).strict(),
    output: empty,
  },
} as const satisfies MethodTable;

/** A feature's group of methods, declared in its own file (shared/contract/<feature>.ts). */
export type MethodTable = Record<string, { input: z.ZodType; output: z.ZodType }>;

/**
 * Every renderer → main method, declared once. The preload, the IPC handlers, the browser-mode host
 * and the renderer's bridge are all derived from this object; no channel name is written elsewhere.
 * Each feature adds one spread line here, and nothing anywhere else names its channels.
 */
export const methods = {
  ...coreMethods,
  ...actualisationMethods,
  ...outboxMethods,
  ...documentsMethods,
  ...adminMethods,
  ...cvMethods,
  ...offresMethods,
  ...offresCandidatMethods,
  ...accountMethods,
  ...speechMethods,
  ...situationMethods,
  ...paiementsMethods,
  ...profilMethods,
  ...adviserMethods,
  ...employerDashboardMethods,
} as const satisfies MethodTable;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(methods, value);
}
