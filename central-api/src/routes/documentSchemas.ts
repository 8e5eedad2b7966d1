/** Named schemas of the upload, document and "Mes échanges" routes, merged in schemas.ts. */
const documentTypeEnum = [
  'bulletin_salaire',
  'arret_travail',
  'attestation_employeur',
  'piece_identite',
  'rib',
  'justificatif_domicile',
  'autre',
];
const statusEnum = ['recu', 'en_cours', 'traite', 'refuse'];

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const CHUNK_BYTES = 256 * 1024;

export const documentSchemas = {
  UploadCreate: {
    type: 'object',
    required: ['size', 'sha256'],
    additionalProperties: false,
    properties: {
      size: { type: 'integer', minimum: 1, maximum: MAX_UPLOAD_BYTES },
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    },
  },
  UploadState: {
    type: 'object',
    required: ['uploadId', 'size', 'chunkSize', 'chunkCount', 'received', 'complete'],
    additionalProperties: false,
    properties: {
      uploadId: { type: 'string' },
      size: { type: 'integer' },
      chunkSize: { type: 'integer', description: 'Every chunk but the last has exactly this size' },
      chunkCount: { type: 'integer' },
      received: { type: 'array', items: { type: 'integer' }, description: 'Chunk indexes stored' },
      complete: { type: 'boolean' },
    },
  },
  DocumentCreate: {
    type: 'object',
    required: ['uploadId', 'type', 'pages', 'reference'],
    additionalProperties: false,
    properties: {
      uploadId: { type: 'string', minLength: 1, maxLength: 64 },
      type: { type: 'string', enum: documentTypeEnum },
      month: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
      description: { type: 'string', minLength: 1, maxLength: 80 },
      pages: { type: 'integer', minimum: 1, maximum: 50 },
      reference: { type: 'string', pattern: '^DOC-\\d{8}-[A-Z0-9]{6}$' },
    },
  },
  DocumentCreated: {
    type: 'object',
    required: ['documentId', 'reference', 'status'],
    additionalProperties: false,
    properties: {
      documentId: { type: 'string' },
      reference: { type: 'string' },
      status: { type: 'string', enum: statusEnum },
    },
  },
  SentDocument: {
    type: 'object',
    required: ['id', 'reference', 'type', 'pages', 'status', 'sentAt'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      reference: { type: 'string' },
      type: { type: 'string', enum: documentTypeEnum },
      month: { type: 'string' },
      description: { type: 'string' },
      pages: { type: 'integer' },
      status: { type: 'string', enum: statusEnum },
      reason: { type: 'string', description: 'Why it was refused (refuse only)' },
      sentAt: { type: 'string', format: 'date-time' },
    },
  },
  SentDocumentList: {
    type: 'object',
    required: ['documents'],
    additionalProperties: false,
    properties: { documents: { type: 'array', items: { $ref: 'SentDocument#' } } },
  },
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
