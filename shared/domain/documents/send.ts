import { z } from 'zod';
import { monthProblem } from './month';
import { DESCRIPTION_MAX, documentTypeRules, documentTypes } from './types';

/**
 * What the user chooses before sending: the type, the month when it applies, a description for
 * "autre". Messages are catalogue keys shown next to their field.
 */
export function documentDetailsSchema(today: () => Date = () => new Date()) {
  return z
    .object({
      type: z.enum(documentTypes, { message: 'documents.validation.type.required' }),
      month: z.string().optional(),
      description: z
        .string()
        .trim()
        .max(DESCRIPTION_MAX, 'documents.validation.description.tooLong')
        .optional(),
    })
    .superRefine((value, ctx) => {
      const rule = documentTypeRules[value.type];
      if (rule.month === 'required') {
        if (!value.month)
          ctx.addIssue({
            code: 'custom',
            path: ['month'],
            message: 'documents.validation.month.required',
          });
        else {
          const problem = monthProblem(value.month, today());
          if (problem) ctx.addIssue({ code: 'custom', path: ['month'], message: problem });
        }
      }
      if (rule.description === 'required' && !value.description)
        ctx.addIssue({
          code: 'custom',
          path: ['description'],
          message: 'documents.validation.description.required',
        });
    })
    .transform((value) => {
      const rule = documentTypeRules[value.type];
      return {
        type: value.type,
        ...(rule.month === 'required' && value.month ? { month: value.month } : {}),
        ...(value.description ? { description: value.description } : {}),
      };
    });
}

export type DocumentDetails = z.output<ReturnType<typeof documentDetailsSchema>>;
/** The choices while they are made: no type chosen yet is ''. */
export interface DocumentDetailsDraft {
  type: DocumentDetails['type'] | '';
  month: string;
  description: string;
}

/** A reference the user can quote at the desk, made on the terminal so it exists before sending. */
export function documentReference(random: () => number = Math.random, now = new Date()): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let code = '';
  for (let i = 0; i < 6; i++) code += alphabet[Math.floor(random() * alphabet.length)];
  const day = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  return `DOC-${day}-${code}`;
}
