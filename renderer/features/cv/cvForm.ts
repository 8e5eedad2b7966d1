import type { CvContent } from '../../../shared/domain/cv';
import type { KioskForm } from '../../ui';

/** The editor's form over the CV draft: each step reads `values`, writes with `set`. */
export type CvForm = KioskForm<CvContent>;

/**
 * A field path → the id of its field on screen. The CV's ids predate the paths and the e2e specs
 * know them ("cv-exp-0-job" for "experiences.0.job"); a month and year pair is focused on its month.
 */
export function cvFieldId(path: string): string {
  const [head = '', second = '', field = ''] = path.split('.');
  if (head === 'experiences' || head === 'formations') {
    const id = `cv-${head === 'experiences' ? 'exp' : 'form'}-${second}-${field}`;
    return field === 'start' || field === 'end' ? `${id}-month` : id;
  }
  if (head === 'languages')
    return field === 'level' ? `cv-lang-${second}-level` : `cv-lang-${second}`;
  if (path === 'target.appellation') return 'cv-job';
  if (head === 'contact') return `cv-${second}`;
  return `cv-${path.replaceAll('.', '-')}`;
}
