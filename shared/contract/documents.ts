import { z } from 'zod';
import { DESCRIPTION_MAX, documentStatusSchema, documentTypeSchema } from '../domain/documents';
import type { MethodTable } from './methods';

const empty = z.object({}).strict();

/** Why a scan gave no pages; each has its own screen with the adviser button. */
export const scanProblems = [
  'no_scanner',
  'busy',
  'jammed',
  'disconnected',
  'cover_open',
  'no_documents',
  'failed',
] as const;
export const scanProblemSchema = z.enum(scanProblems);
export type ScanProblemCode = z.infer<typeof scanProblemSchema>;

export const rotationSchema = z.union([
  z.literal(0),
  z.literal(90),
  z.literal(180),
  z.literal(270),
]);

/** A scanned page as the UI shows it: a preview (JPEG data URL) and the user's rotation. */
export const scannedPageSchema = z.object({
  id: z.string(),
  rotation: rotationSchema,
  preview: z.string().startsWith('data:image/jpeg;base64,'),
});
export type ScannedPage = z.infer<typeof scannedPageSchema>;

const pagesOutput = z.object({ pages: z.array(scannedPageSchema) });

export const scanStatusSchema = z.object({
  state: z.enum(['idle', 'scanning', 'cancelling', 'done', 'failed', 'cancelled']),
  source: z.enum(['flatbed', 'feeder']),
  /** Page being scanned (1-based) and its progress, 0..100. */
  page: z.number().int().nonnegative(),
  percent: z.number().min(0).max(100),
  problem: scanProblemSchema.optional(),
  pages: z.array(scannedPageSchema),
});
export type ScanStatus = z.infer<typeof scanStatusSchema>;

export const sentDocumentSchema = z.object({
  id: z.string(),
  reference: z.string(),
  type: documentTypeSchema,
  month: z.string().optional(),
  description: z.string().optional(),
  pages: z.number().int().positive(),
  status: documentStatusSchema,
  reason: z.string().optional(),
  sentAt: z.string(),
});
export type SentDocument = z.infer<typeof sentDocumentSchema>;

export const letterSchema = z.object({
  id: z.string(),
  title: z.string(),
  sentAt: z.string(),
  pages: z.number().int().positive(),
});
export type Letter = z.infer<typeof letterSchema>;

export const appointmentSchema = z.object({
  id: z.string(),
  at: z.string(),
  durationMinutes: z.number().int().positive(),
  subject: z.string(),
  place: z.string(),
  withWhom: z.string(),
  mode: z.enum(['agence', 'telephone', 'visio']),
  /** Still to come, by the central API's clock (a terminal's clock may be wrong). */
  upcoming: z.boolean(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

export const adviserSchema = z.object({
  name: z.string(),
  agency: z.string(),
  /** The agency's street line; a person finds the agency by its code postal and town too. */
  address: z.string(),
  postalCode: z.string(),
  town: z.string(),
  phone: z.string(),
  hours: z.string(),
});
export type Adviser = z.infer<typeof adviserSchema>;

/** Photos from the camera: JPEG, base64. A live frame is small; a capture at most ~8 MB. */
const CAMERA_FRAME_MAX_BYTES = 512 * 1024;
export const CAMERA_PHOTO_MAX_BYTES = 8 * 1024 * 1024;
const jpegBase64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    // JPEG's first bytes FF D8 FF are "/9j/" in base64.
    .startsWith('/9j/')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/);

const pointSchema = z.object({ x: z.number(), y: z.number() });
/** Page corners as fractions of the frame: top-left, top-right, bottom-right, bottom-left. */
const cornersSchema = z.tuple([pointSchema, pointSchema, pointSchema, pointSchema]);

/** Scanning, sending documents and "Mes échanges". */
export const documentsMethods = {
  /** Starts a scan (flatbed: one page; feeder: every page in it). Follow it with documents.scanStatus. */
  'documents.scanStart': {
    input: z.object({ source: z.enum(['flatbed', 'feeder']).optional() }).strict(),
    output: scanStatusSchema,
  },
  /** The scan in progress (polled by the scan screen) and the pages scanned so far. */
  'documents.scanStatus': { input: empty, output: scanStatusSchema },
  /** "Annuler la numérisation": stops the scanner; pages already scanned are kept. */
  'documents.scanCancel': { input: empty, output: scanStatusSchema },
  'documents.pageRotate': {
    input: z.object({ pageId: z.string().max(64), rotation: rotationSchema }).strict(),
    output: pagesOutput,
  },
  'documents.pageDelete': {
    input: z.object({ pageId: z.string().max(64) }).strict(),
    output: pagesOutput,
  },
  /** Moves a page to a new position (0-based) in the document. */
  'documents.pageMove': {
    input: z.object({ pageId: z.string().max(64), to: z.number().int().min(0).max(99) }).strict(),
    output: pagesOutput,
  },
  /**
   * The camera screen opens (cameraClose when it leaves): the shell grants video capture to this
   * visit's window only in between; the visit's end closes it too.
   */
  'documents.cameraOpen': { input: empty, output: empty },
  'documents.cameraClose': { input: empty, output: empty },
  /** A small live frame → where the page is, for the guide frame (null: no page seen). */
  'documents.cameraDetect': {
    input: z.object({ jpegBase64: jpegBase64(CAMERA_FRAME_MAX_BYTES) }).strict(),
    output: z.object({ corners: cornersSchema.nullable() }),
  },
  /**
   * A full-resolution photo → the page found in it, perspective-corrected, added to the document
   * like a scanned page (found: false when the whole photo was kept).
   */
  'documents.cameraCapture': {
    input: z.object({ jpegBase64: jpegBase64(CAMERA_PHOTO_MAX_BYTES) }).strict(),
    output: z.object({
      found: z.boolean(),
      page: scannedPageSchema,
      pages: z.array(scannedPageSchema),
    }),
  },
  /** Forgets every scanned page (and deletes their files). */
  'documents.discard': { input: empty, output: pagesOutput },
  /** Builds the PDF from the pages and hands it to the outbox; the pages are then forgotten. */
  'documents.send': {
    input: z
      .object({
        type: documentTypeSchema,
        month: z.string().max(7).optional(),
        description: z
          .string()
          .max(DESCRIPTION_MAX * 2)
          .optional(),
      })
      .strict(),
    output: z.object({
      reference: z.string(),
      status: z.enum(['sent', 'queued']),
      pages: z.number().int().positive(),
    }),
  },
  /** The documents this user sent, newest first, with their status on the central API. */
  'documents.list': { input: empty, output: z.object({ documents: z.array(sentDocumentSchema) }) },
  /** "Mes échanges": letters, appointments and the adviser's contact details. */
  'exchanges.overview': {
    input: empty,
    output: z.object({
      letters: z.array(letterSchema),
      appointments: z.array(appointmentSchema),
      adviser: adviserSchema.nullable(),
    }),
  },
  /** A letter's PDF, for the in-app viewer (base64). */
  'exchanges.letterPdf': {
    input: z.object({ letterId: z.string().max(64) }).strict(),
    output: z.object({ pdfBase64: z.string() }),
  },
  'exchanges.letterPrint': {
    input: z.object({ letterId: z.string().max(64) }).strict(),
    output: empty,
  },
} as const satisfies MethodTable;
