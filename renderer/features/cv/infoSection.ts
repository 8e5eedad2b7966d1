/** Props shared by the sections of the "Informations" step (StepInformations and its Info* parts). */
import type { CvContent } from '../../../shared/domain/cv';

export type SetCvField = <K extends keyof CvContent>(key: K, value: CvContent[K]) => void;

export interface InfoSectionProps {
  draft: CvContent;
  /** The translated message of a field path ('experiences.0.end'), if it is wrong. */
  errorOf(path: string): string | undefined;
  set: SetCvField;
}
