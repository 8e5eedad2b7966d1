/** The ROME JSON schemas, spread into schemas.ts's named schemas. */
export const cvSchemas = {
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
