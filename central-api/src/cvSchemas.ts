import { z } from 'zod';
import { cvContentSchema, cvStatuses, cvSteps } from '../../shared/domain/cv';

/**
 * The CV and ROME JSON schemas, spread into schemas.ts's named schemas. The CV content's schema
 * is derived from the zod schema in shared/domain/cv, so the kiosk and this server check the same
 * rules (the route parses with zod again for what JSON Schema cannot say, like trimming).
 */
const { $schema: _ignored, ...cvContent } = z.toJSONSchema(cvContentSchema, {
  target: 'draft-7',
  io: 'output',
}) as Record<string, unknown>;

const cvSummaryProperties = {
  cvId: { type: 'string' },
  title: { type: 'string' },
  rome: { type: 'string', nullable: true },
  appellation: { type: 'string', nullable: true },
  status: { type: 'string', enum: [...cvStatuses] },
  step: { type: 'string', enum: [...cvSteps] },
  percent: { type: 'integer', minimum: 0, maximum: 100 },
  updatedAt: { type: 'string', format: 'date-time' },
} as const;
const cvSummaryRequired = Object.keys(cvSummaryProperties);

export const cvSchemas = {
  CvContent: { description: 'The content of a CV (shared/domain/cv).', ...cvContent },
  CvSave: {
    type: 'object',
    required: ['cvId', 'step', 'content'],
    additionalProperties: false,
    properties: {
      cvId: { type: 'string', format: 'uuid' },
      step: { type: 'string', enum: [...cvSteps] },
      content: { $ref: 'CvContent#' },
    },
  },
  CvSummary: {
    type: 'object',
    required: cvSummaryRequired,
    additionalProperties: false,
    properties: cvSummaryProperties,
  },
  CvList: {
    type: 'object',
    required: ['cvs', 'max'],
    additionalProperties: false,
    properties: {
      cvs: { type: 'array', items: { $ref: 'CvSummary#' } },
      max: { type: 'integer' },
    },
  },
  Cv: {
    type: 'object',
    required: [...cvSummaryRequired, 'content', 'createdAt'],
    additionalProperties: false,
    properties: {
      ...cvSummaryProperties,
      content: { $ref: 'CvContent#' },
      createdAt: { type: 'string', format: 'date-time' },
    },
  },
  CvStatusChange: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: { status: { type: 'string', enum: [...cvStatuses] } },
  },
  CvDeleted: {
    type: 'object',
    required: ['cvId', 'deleted'],
    additionalProperties: false,
    properties: { cvId: { type: 'string' }, deleted: { type: 'boolean', enum: [true] } },
  },
  CvEmailRequest: {
    type: 'object',
    required: ['email'],
    additionalProperties: false,
    properties: { email: { type: 'string', format: 'email', maxLength: 254 } },
  },
  CvEmailRecorded: {
    type: 'object',
    required: ['requestId'],
    additionalProperties: false,
    properties: { requestId: { type: 'string' } },
  },
  RomeVersion: {
    type: 'object',
    required: ['version'],
    additionalProperties: false,
    properties: { version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' } },
  },
  RomeIndex: {
    type: 'object',
    required: ['version', 'attribution', 'appellations', 'romes', 'skills', 'romeSkills'],
    properties: {
      version: { type: 'string' },
      attribution: { type: 'string' },
      appellations: {
        type: 'array',
        description: '[libellé, code ROME, code OGR, 1 when rarely used]',
        items: { type: 'array', items: {} },
      },
      romes: { type: 'object', additionalProperties: { type: 'string' } },
      skills: { type: 'array', items: { type: 'string' } },
      romeSkills: {
        type: 'object',
        additionalProperties: { type: 'array', items: { type: 'integer' } },
      },
    },
  },
} as const;
