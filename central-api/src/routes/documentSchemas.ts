/**
 * Request and reply schemas of the upload and document routes (uploads.ts, documents.ts). The
 * document types and statuses are shared/domain/documents', the kiosk's own lists.
 */
import { z } from 'zod';
import {
  DESCRIPTION_MAX,
  documentStatusSchema,
  documentTypeSchema,
} from '../../../shared/domain/documents';
import { named } from '../apiSchemas';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const CHUNK_BYTES = 256 * 1024;

export const uploadCreate = named(
  'UploadCreate',
  z.strictObject({
    size: z.int().min(1).max(MAX_UPLOAD_BYTES),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
);

export const uploadState = named(
  'UploadState',
  z.object({
    uploadId: z.string(),
    size: z.int(),
    chunkSize: z.int().describe('Every chunk but the last has exactly this size'),
    chunkCount: z.int(),
    received: z.array(z.int()).describe('Chunk indexes stored'),
    complete: z.boolean(),
  }),
);

export const documentCreate = named(
  'DocumentCreate',
  z.strictObject({
    uploadId: z.string().min(1).max(64),
    type: documentTypeSchema,
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
    description: z.string().min(1).max(DESCRIPTION_MAX).optional(),
    // Wider than the kiosk's MAX_PAGES: the server kept accepting up to 50 pages.
    pages: z.int().min(1).max(50),
    reference: z.string().regex(/^DOC-\d{8}-[A-Z0-9]{6}$/),
  }),
);

export const documentCreated = named(
  'DocumentCreated',
  z.object({ documentId: z.string(), reference: z.string(), status: documentStatusSchema }),
);

export const sentDocument = named(
  'SentDocument',
  z.object({
    id: z.string(),
    reference: z.string(),
    type: documentTypeSchema,
    month: z.string().optional(),
    description: z.string().optional(),
    pages: z.int(),
    status: documentStatusSchema,
    reason: z.string().optional().describe('Why it was refused (refuse only)'),
    sentAt: z.iso.datetime({ offset: true }),
  }),
);

export const sentDocumentList = named(
  'SentDocumentList',
  z.object({ documents: z.array(sentDocument) }),
);

/** The JSON schemas of the letter, appointment and adviser routes, merged in schemas.ts. */
export const documentSchemas = {
  Letter: {
    type: 'object',
    required: ['id', 'title', 'sentAt', 'pages'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      sentAt: { type: 'string', format: 'date-time' },
      pages: { type: 'integer' },
    },
  },
  LetterList: {
    type: 'object',
    required: ['letters'],
    additionalProperties: false,
    properties: { letters: { type: 'array', items: { $ref: 'Letter#' } } },
  },
  LetterPdf: {
    type: 'object',
    required: ['pdfBase64'],
    additionalProperties: false,
    properties: { pdfBase64: { type: 'string' } },
  },
  Appointment: {
    type: 'object',
    required: ['id', 'at', 'durationMinutes', 'subject', 'place', 'withWhom', 'mode'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      at: { type: 'string', format: 'date-time' },
      durationMinutes: { type: 'integer' },
      subject: { type: 'string' },
      place: { type: 'string' },
      withWhom: { type: 'string' },
      mode: { type: 'string', enum: ['agence', 'telephone', 'visio'] },
    },
  },
  AppointmentList: {
    type: 'object',
    required: ['appointments'],
    additionalProperties: false,
    properties: { appointments: { type: 'array', items: { $ref: 'Appointment#' } } },
  },
  AdviserContact: {
    type: 'object',
    required: ['name', 'agency', 'address', 'phone', 'hours'],
    additionalProperties: false,
    properties: {
      name: { type: 'string' },
      agency: { type: 'string' },
      address: { type: 'string' },
      phone: { type: 'string' },
      hours: { type: 'string' },
    },
  },
} as const;
