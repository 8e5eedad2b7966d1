/** Database access of the CV routes (cvs.ts): the stored row and the summary the API answers. */
import { computeGauge, type CvContent, type CvStatus } from '../../../shared/domain/cv';
import type { Db } from '../db/open';

export interface CvRow {
  id: string;
  user_id: number;
  rome: string | null;
  status: CvStatus;
  step: string;
  content: string;
  created_at: string;
  updated_at: string;
}

export const cvRowOf = (db: Db, userId: number, cvId: string) =>
  db.prepare('SELECT * FROM cvs WHERE id = ? AND user_id = ?').get(cvId, userId) as
    CvRow | undefined;

export function summary(row: CvRow) {
  const content = JSON.parse(row.content) as CvContent;
  return {
    cvId: row.id,
    title: content.title,
    rome: row.rome,
    appellation: content.target.appellation?.label ?? null,
    status: row.status,
    step: row.step,
    percent: computeGauge(content).percent,
    updatedAt: row.updated_at,
  };
}
