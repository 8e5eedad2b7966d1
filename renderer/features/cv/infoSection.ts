/** Props shared by the sections of the "Informations" step (StepInformations and its Info* parts). */
import type { CvContent } from '../../../shared/domain/cv';
import type { CvErrors } from './useCvErrors';

export type SetCvField = <K extends keyof CvContent>(key: K, value: CvContent[K]) => void;

export interface InfoSectionProps {
  draft: CvContent;
  errors: CvErrors;
  set: SetCvField;
}
