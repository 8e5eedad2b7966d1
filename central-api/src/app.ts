import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Db } from './db/open';
import { engineOf } from './db/engine';
import { postgresChannel } from './db/postgres/notify';
import type { PostgresDb } from './db/postgres/postgresDb';
import type { Deps } from './deps';
import { clientErrorHandler, installErrorHandling } from './errors';
import { IDEMPOTENCY_RETENTION_HOURS, createIdempotency } from './idempotency';
import { installRequestLog, loggerOptions } from './logging';
import { loadMailKey } from './mailSecrets';
import { openapiTransformObject } from './openapiZod';
import {
  createPasswordHasher,
  type PasswordHasher,
  type PasswordHashing,
  type PasswordPoolOptions,
} from './passwords';
import { actualisationRoutes } from './routes/actualisations';
import { adviserRoutes } from './routes/adviser';
import { appointmentRoutes } from './routes/appointments';
import { assistRoutes } from './routes/assist-requests';
import { documentRoutes } from './routes/documents';
import { cvRoutes } from './routes/cvs';
import { romeRoutes } from './routes/rome';
import { offresRoutes } from './routes/offres';
import { meOffresRoutes } from './routes/meOffres';
import { candidatureRoutes } from './routes/candidatures';
import { createOfferSearch } from './offres/search';
import { ALERT_MAILING_INTERVAL_MS, sendOfferAlerts } from './offres/alertMailer';
import { shippedPlaces, type Places } from './offres/places';
import { healthRoutes } from './routes/health';
import { letterRoutes } from './routes/letters';
import { attestationRoutes } from './routes/attestations';
import { paiementRoutes } from './routes/paiements';
import { registrationAppointmentRoutes } from './routes/registrationAppointments';
import { employerRoutes } from './routes/employers';
import { employerOffresRoutes } from './routes/employerOffres';
import { employerSpaceRoutes } from './routes/employerSpace';
import { staffOffresRoutes } from './routes/staffOffres';
import { particulierRoutes } from './routes/particulier';
import { identifiantRoutes } from './routes/identifiants';
import { meRoutes } from './routes/me';
import { passwordRoutes } from './routes/passwords';
import { profilRoutes } from './routes/profil';
import { registrationRoutes } from './routes/registration';
import { sessionRoutes } from './routes/sessions';
import { situationRoutes } from './routes/situation';
import { terminalRoutes } from './routes/terminals';
import { fleetRoutes } from './routes/fleet';
import { testSubmissionRoutes } from './routes/test-submissions';
import { createSignInLimits, type SignInLimitOptions } from './signInLimits';
import { uploadRoutes } from './routes/uploads';
import { updateRoutes } from './routes/updates';
import { staffUpdateRoutes } from './routes/staffUpdates';
import { romeIndexFromFile, type RomeIndexStore } from './rome';
import { webauthnRoutes } from './routes/webauthn';
import { documentUserStateRefusals } from './userStateRefusals';
import { createEventHub } from './staff/events';
import type { StaffLockoutOptions } from './staff/limits';
import { staffRoutes } from './staff/routes';
import { adviserModeRoutes } from './adviserMode/routes';
import { enrolmentCodeRoutes } from './staff/enrolmentCodes';

export interface CentralApiAppOptions {
  db: Db;
  logStream?: NodeJS.WritableStream;
  logLevel?: string;
  /** Lower argon2 costs for tests only; production keeps the library defaults. */
  passwordHashing?: PasswordHashing;
  /** Where argon2 runs (worker threads by default) and the bound of its queue. */
  passwordPool?: PasswordPoolOptions;
  /** An existing hasher (startCentralApi shares the one it seeded with); else built from passwordHashing. */
  hasher?: PasswordHasher;
  /** Clock, for tests of token expiry. */
  now?: () => Date;
  /** Sign-in throttling thresholds (tests shorten them); production keeps the defaults. */
  signInLimits?: SignInLimitOptions;
  /** Registers test-only routes (POST /v1/test-submissions) for the outbox's fault suite. */
  testRoutes?: boolean;
  /** The ROME index served to terminals; default: resources/rome/rome-index.json when found. */
  rome?: RomeIndexStore;
  /** The mailer's key (32 bytes, or 64 hex digits); default: KIOSK_API_MAIL_KEY, else a key file beside the database. */
  mailKey?: Buffer | string;
  /** Communes and their coordinates; default: resources/places/places-index.json, read on first use. */
  places?: () => Places;
  /** Staff sign-in lockout and throttle (tests shorten them); production keeps the defaults. */
  staffLockout?: StaffLockoutOptions;
  /** The built staff console; default: central-api/console/dist when it holds a build. */
  staffConsoleDir?: string;
  /**
   * The addresses (or CIDR ranges, comma-separated) of the load balancers in front of the API.
   * Only a request arriving from one of them has its X-Forwarded-For believed, so the per-address
   * limits (enrolment, staff sign-in, attestation checks) count each client, not the balancer.
   * Default: none; a client's own X-Forwarded-For is ignored, else anyone could pick their address.
   */
  trustProxy?: string;
}

const BODY_LIMIT_BYTES = 64 * 1024;

/** The Fastify app with every route, not listening: for tests and the OpenAPI export. */
export async function buildCentralApi(options: CentralApiAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logStream, options.logLevel),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    clientErrorHandler,
    // Request ids from clients would end up in logs unchecked.
    requestIdHeader: false,
    trustProxy: options.trustProxy ? trustedProxies(options.trustProxy) : false,
  });
  const now = options.now ?? (() => new Date());
  const ownHasher = options.hasher
    ? undefined
    : createPasswordHasher(options.passwordHashing, options.passwordPool);
  // The app stops the worker threads it started; a hasher given to it belongs to the caller.
  if (ownHasher) app.addHook('onClose', () => ownHasher.close());
  const rome = options.rome ?? romeIndexFromFile();
  // Several instances over PostgreSQL hear each other's live events; SQLite is one process.
  const channel =
    engineOf(options.db) === 'postgres'
      ? await postgresChannel(options.db as PostgresDb, (error) =>
          app.log.warn({ error: error.name }, 'instance channel dropped; reconnecting'),
        )
      : undefined;
  const places = options.places ?? shippedPlaces;
  const deps: Deps = {
    db: options.db,
    hasher: options.hasher ?? ownHasher!,
    now,
    idempotency: createIdempotency(options.db, now),
    signInLimits: createSignInLimits(options.db, options.signInLimits),
    rome,
    mailKey: loadMailKey(options.db.name, options.mailKey),
    offres: createOfferSearch(options.db, rome, places),
    places,
    events: createEventHub(channel),
  };
  // Open event streams would keep the server from closing: they end first, then the channel.
  app.addHook('preClose', async () => {
    deps.events.close();
    await channel?.close();
  });
  deps.idempotency.purgeExpired();
  // The alerts are mailed once a day, as the seed says ("alerté chaque jour"): the new offers of
  // each active alert go to outgoing_emails. Unref'd: it never keeps the process alive.
  const mailing = setInterval(() => {
    try {
      sendOfferAlerts(deps.db, deps.offres, now());
    } catch (error) {
      app.log.warn({ error: (error as Error).name }, 'offer alert mailing failed');
    }
  }, ALERT_MAILING_INTERVAL_MS);
  mailing.unref();
  app.addHook('onClose', async () => clearInterval(mailing));

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Central API (reference)',
        version: '1',
        // An extension (spread past the type's closed keys): how long a retried key is recognised.
        ...{ 'x-idempotency-retention-hours': IDEMPOTENCY_RETENTION_HOURS },
        description:
          'Reference implementation of the central API used by the agency kiosks (development, training, tests). Every 4xx body is an Error. Every POST accepts an Idempotency-Key (draft-ietf-httpapi-idempotency-key-header), kept for x-idempotency-retention-hours.',
      },
      components: {
        securitySchemes: {
          terminalToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'Terminal access token from POST /v1/terminals/enrol',
          },
          userToken: {
            type: 'apiKey',
            in: 'header',
            name: 'X-User-Token',
            description: 'User token from POST /v1/sessions (with the terminal token)',
          },
          employerToken: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Employer-Token',
            description: 'Employer token from POST /v1/employer-sessions (with the terminal token)',
          },
          employerGrant: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Employer-Grant',
            description:
              'Employer grant from POST /v1/employer-sessions: publishing an offer only, same terminal, 72 h',
          },
          staffSession: {
            type: 'apiKey',
            in: 'cookie',
            name: 'ft_staff',
            description:
              'Staff console session from POST /v1/staff/sessions (HttpOnly, SameSite=Strict, 8 h)',
          },
          submissionGrant: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Submission-Grant',
            description:
              'Submission grant from POST /v1/sessions: submissions only, same terminal, 72 h, survives sign-out',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: openapiTransformObject,
  });
  documentUserStateRefusals(app);
  installErrorHandling(app);
  installRequestLog(app);
  acceptEmptyJson(app);

  // Every route is declared with zod: validated, typed and documented from that one declaration.
  // zod never coerces ("true" is not a boolean, 75011 is not a code postal) and requests are strict.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const zodApp = app.withTypeProvider<ZodTypeProvider>();
  healthRoutes(zodApp);
  terminalRoutes(zodApp, deps);
  fleetRoutes(zodApp, deps);
  sessionRoutes(zodApp, deps);
  meRoutes(zodApp, deps);
  assistRoutes(zodApp, deps);
  actualisationRoutes(zodApp, deps);
  if (options.testRoutes) testSubmissionRoutes(zodApp, deps);
  uploadRoutes(zodApp, deps);
  documentRoutes(zodApp, deps);
  letterRoutes(zodApp, deps);
  appointmentRoutes(zodApp, deps);
  adviserRoutes(zodApp, deps);
  romeRoutes(zodApp, deps);
  offresRoutes(zodApp, deps);
  meOffresRoutes(zodApp, deps);
  candidatureRoutes(zodApp, deps);
  cvRoutes(zodApp, deps);
  identifiantRoutes(zodApp, deps);
  registrationRoutes(zodApp, deps);
  registrationAppointmentRoutes(zodApp, deps);
  passwordRoutes(zodApp, deps);
  webauthnRoutes(zodApp, deps);
  employerRoutes(zodApp, deps);
  particulierRoutes(zodApp, deps);
  employerSpaceRoutes(zodApp, deps);
  employerOffresRoutes(zodApp, deps);
  situationRoutes(zodApp, deps);
  paiementRoutes(zodApp, deps);
  attestationRoutes(zodApp, deps);
  profilRoutes(zodApp, deps);
  staffRoutes(zodApp, deps, {
    lockout: options.staffLockout,
    consoleDir: options.staffConsoleDir,
  });
  updateRoutes(zodApp, deps);
  staffUpdateRoutes(zodApp, deps);
  adviserModeRoutes(zodApp, deps);
  staffOffresRoutes(zodApp, deps);
  enrolmentCodeRoutes(zodApp, deps);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}

/** `--trust-proxy 10.0.0.5, 10.0.0.6` → the list Fastify checks each hop against. */
function trustedProxies(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * Accept application/json only (anything else: 415), and treat an empty JSON body as no body: HTTP clients often send Content-Type: application/json on a
 * body-less POST (logout). Routes that need a body still refuse it through their schema.
 */
function acceptEmptyJson(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  // JSON only: without this, text/plain is parsed too and a wrong Content-Type reads as a schema error.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    return parse(request, body as string, done);
  });
}
