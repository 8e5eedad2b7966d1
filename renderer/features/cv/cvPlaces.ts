import {
  cvInfoPartOf,
  cvInfoParts,
  cvSteps,
  type CvInfoPart,
  type CvStep,
} from '../../../shared/domain/cv';

/** One screen of the editor: a step, and its part when it is the informations step. */
export interface CvPlace {
  step: CvStep;
  part: CvInfoPart;
}

/** The editor's screens in order: "Précédent" and "Enregistrer et continuer" walk this list. */
export const cvPlaces: readonly CvPlace[] = cvSteps.flatMap((step): CvPlace[] =>
  step === 'informations'
    ? cvInfoParts.map((part) => ({ step, part }))
    : [{ step, part: cvInfoParts[0] }],
);

export const samePlace = (a: CvPlace, b: CvPlace): boolean =>
  a.step === b.step && (a.step !== 'informations' || a.part === b.part);

export const placeIndex = (place: CvPlace): number =>
  cvPlaces.findIndex((p) => samePlace(p, place));

/** Where a refused field is shown: the job (and a message for the whole CV) at the first step. */
export function placeOfField(path: string): CvPlace {
  const part = cvInfoPartOf(path);
  return part ? { step: 'informations', part } : { step: 'cible', part: cvInfoParts[0] };
}
