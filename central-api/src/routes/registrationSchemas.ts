/** Request and reply schemas of the registration routes (registration.ts). */
import { registrationSections } from '../../../shared/domain/registration';

export const referenceParams = {
  type: 'object',
  required: ['reference'],
  additionalProperties: false,
  properties: { reference: { type: 'string', pattern: '^INS-[A-Z0-9]{8}$' } },
} as const;

const draftSections = {
  type: 'object',
  additionalProperties: false,
  description: 'The sections saved so far, as they were sent (identite, coordonnees, situation).',
  properties: Object.fromEntries(
    registrationSections.map((s) => [s, { type: 'object', additionalProperties: true }]),
  ),
} as const;

export const draftOpened = {
  type: 'object',
  required: ['reference', 'draftToken', 'expiresAt', 'draft'],
  additionalProperties: false,
  properties: {
    reference: { type: 'string' },
    draftToken: {
      type: 'string',
      description: 'A user token of the pending account: send it as X-User-Token for the draft.',
    },
    expiresAt: { type: 'string', format: 'date-time' },
    draft: draftSections,
  },
} as const;

export const createRegistrationBody = {
  type: 'object',
  required: ['identifiant', 'motDePasse', 'codePostal', 'questionSecrete', 'reponseSecrete'],
  additionalProperties: false,
  properties: {
    identifiant: { type: 'string', minLength: 1, maxLength: 40 },
    motDePasse: { type: 'string', minLength: 1, maxLength: 128 },
    codePostal: { type: 'string', pattern: '^\\d{5}$' },
    questionSecrete: { type: 'string', minLength: 1, maxLength: 40 },
    reponseSecrete: { type: 'string', minLength: 1, maxLength: 60 },
  },
} as const;

export const resumeRegistrationBody = {
  type: 'object',
  required: ['identifiant', 'motDePasse'],
  additionalProperties: false,
  properties: {
    identifiant: { type: 'string', minLength: 1, maxLength: 40 },
    motDePasse: { type: 'string', minLength: 1, maxLength: 128 },
  },
} as const;

export const saveDraftBody = {
  type: 'object',
  required: ['section', 'data'],
  additionalProperties: false,
  properties: {
    section: { type: 'string', enum: [...registrationSections] },
    data: { type: 'object', additionalProperties: true },
  },
} as const;

export const draftSaved = {
  description: 'Saved',
  type: 'object',
  required: ['savedAt'],
  additionalProperties: false,
  properties: { savedAt: { type: 'string', format: 'date-time' } },
} as const;

export const registrationSent = {
  description: 'Sent',
  type: 'object',
  required: ['reference', 'submittedAt'],
  additionalProperties: false,
  properties: {
    reference: { type: 'string' },
    submittedAt: { type: 'string', format: 'date-time' },
  },
} as const;
