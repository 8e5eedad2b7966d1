/**
 * Request and reply schemas of the upload, document and "Mes échanges" routes (uploads.ts,
 * documents.ts, letters.ts, appointments.ts, adviser.ts). The
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

export const letter = named(
  'Letter',
  z.object({
    id: z.string(),
    title: z.string(),
    sentAt: z.iso.datetime({ offset: true }),
    pages: z.int(),
  }),
);

export const letterList = named('LetterList', z.object({ letters: z.array(letter) }));

export const letterPdf = named('LetterPdf', z.object({ pdfBase64: z.string() }));

export const appointment = named(
  'Appointment',
  z.object({
    id: z.string(),
    at: z.iso.datetime({ offset: true }),
    durationMinutes: z.int(),
    subject: z.string(),
    place: z.string(),
    withWhom: z.string(),
    mode: z.enum(['agence', 'telephone', 'visio']),
    /** Still to come by the central API's clock: the terminal's clock may be wrong. */
    upcoming: z.boolean(),
  }),
);

export const appointmentList = named(
  'AppointmentList',
  z.object({ appointments: z.array(appointment) }),
);

export const adviserContact = named(
  'AdviserContact',
  z.object({
    name: z.string(),
    agency: z.string(),
    /** The street line of the agency's address; its code postal and town follow. */
    address: z.string(),
    postalCode: z.string(),
    town: z.string(),
    phone: z.string(),
    hours: z.string(),
  }),
);
