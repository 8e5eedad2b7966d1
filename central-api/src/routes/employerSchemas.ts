/**
 * The 201 of both employer spaces (entreprise and particulier): a reference to quote, and the
 * certification an adviser still owes before every service opens.
 */
export const employerCreated = {
  201: {
    description: 'Created, waiting for certification',
    type: 'object',
    required: ['reference', 'certification'],
    additionalProperties: false,
    properties: {
      reference: { type: 'string' },
      certification: { type: 'string', enum: ['pending_adviser'] },
    },
  },
} as const;
