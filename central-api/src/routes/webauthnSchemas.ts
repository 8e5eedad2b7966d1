/** Request and reply schemas shared by the WebAuthn routes (webauthn.ts). */
import { z } from 'zod';
import { answer } from '../apiSchemas';

/** The relying party (the kiosk page's host name) and origin the ceremony is bound to. */
export const rpBody = z.strictObject({
  rpId: z
    .string()
    .min(1)
    .max(253)
    .regex(/^[a-z0-9.-]+$/),
  origin: z
    .string()
    .min(1)
    .max(300)
    .regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/),
});

/**
 * The browser's answer is any JSON object here: @simplewebauthn/server checks its shape when it
 * verifies it, and refuses what it cannot read.
 */
export const responseBody = z.strictObject({
  response: z
    .record(z.string(), z.unknown())
    .describe("The browser's PublicKeyCredential as JSON (@simplewebauthn/browser)."),
});

export const optionsReply = answer(
  'Options for navigator.credentials (JSON form)',
  z.record(z.string(), z.unknown()).describe('Options for navigator.credentials (JSON form)'),
);

export const keyRegistered = answer(
  'Key registered',
  z.object({ credentialId: z.string() }).describe('Key registered'),
);
