/** Request and reply schemas shared by the WebAuthn routes (webauthn.ts). */

/** The relying party (the kiosk page's host name) and origin the ceremony is bound to. */
export const rpBody = {
  type: 'object',
  required: ['rpId', 'origin'],
  additionalProperties: false,
  properties: {
    rpId: { type: 'string', minLength: 1, maxLength: 253, pattern: '^[a-z0-9.-]+$' },
    origin: {
      type: 'string',
      minLength: 1,
      maxLength: 300,
      pattern: '^https?://[a-z0-9.-]+(:\\d+)?$',
    },
  },
} as const;

export const responseBody = {
  type: 'object',
  required: ['response'],
  additionalProperties: false,
  properties: {
    response: {
      type: 'object',
      additionalProperties: true,
      description: "The browser's PublicKeyCredential as JSON (@simplewebauthn/browser).",
    },
  },
} as const;

export const optionsReply = {
  description: 'Options for navigator.credentials (JSON form)',
  type: 'object',
  additionalProperties: true,
} as const;
