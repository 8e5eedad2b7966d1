/** Request and reply schemas of the update routes (updates.ts for terminals, staffUpdates.ts for IT). */
import { z } from 'zod';
import { named } from '../apiSchemas';
import { releasePlatforms, SEMVER } from '../updates/rollout';

export const semverString = z
  .string()
  .max(64)
  .regex(SEMVER, { message: 'must be a semantic version such as 1.4.0' });

export const updateFileParams = z.strictObject({
  file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/),
});

export const kioskVersionHeaders = z.looseObject({
  'x-kiosk-version': z
    .string()
    .max(64)
    .optional()
    .describe('The version the terminal runs; without it, the one of its last heartbeat'),
});

export const releaseParams = z.strictObject({
  platform: z.enum(releasePlatforms),
  version: semverString,
});

export const release = named(
  'Release',
  z.object({
    version: z.string(),
    platform: z.enum(releasePlatforms),
    fileName: z.string(),
    size: z.int(),
    sha512: z.string().describe('base64, as electron-updater checks it'),
    uploadedAt: z.iso.datetime({ offset: true }),
  }),
);

export const rolloutRequest = named(
  'RolloutRequest',
  z.strictObject({
    version: semverString,
    percentage: z.int().min(0).max(100),
    agencyCodes: z
      .array(z.string().regex(/^[A-Z0-9-]{2,32}$/))
      .min(1)
      .max(200)
      .nullable()
      .describe('The agencies offered the version; null: every agency'),
  }),
);

export const rollout = named(
  'Rollout',
  z.object({
    version: z.string(),
    percentage: z.int(),
    agencyCodes: z.array(z.string()).nullable(),
    updatedAt: z.iso.datetime({ offset: true }),
    terminalsOffered: z
      .int()
      .describe('Known terminals this rollout offers the version to (platform aside)'),
  }),
);

export const updatesOverview = named(
  'UpdatesOverview',
  z.object({
    releases: z.array(release),
    rollout: rollout.nullable(),
    versions: z
      .array(z.object({ version: z.string(), terminals: z.int() }))
      .describe('How many terminals run each version, from their heartbeats'),
    agencies: z
      .array(z.object({ code: z.string(), nom: z.string() }))
      .describe('The agencies a rollout may be limited to'),
  }),
);
