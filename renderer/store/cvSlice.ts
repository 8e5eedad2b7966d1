import type { StateCreator } from 'zustand';
import type { CvContent, CvInfoPart, CvStep } from '../../shared/domain/cv';
import type { KioskState } from './index';

export type CvView = 'list' | 'edit' | 'done';

/** The CV being edited, in memory only (saved on the central API at each step, wiped at the visit end). */
export interface CvData {
  cvView: CvView;
  cvStep: CvStep;
  /** The part shown while `cvStep` is 'informations'. */
  cvPart: CvInfoPart;
  cvId: string | null;
  cvDraft: CvContent | null;
  /** One more each time a CV is opened: the editor's forms start again from the new draft. */
  cvOpened: number;
}

export interface CvSlice extends CvData {
  showCvList(): void;
  editCv(draft: CvContent, cvId: string | null, step?: CvStep): void;
  updateCv(change: (draft: CvContent) => CvContent): void;
  /** Another step, at `part` when it is the informations step (its first part by default). */
  setCvStep(step: CvStep, part?: CvInfoPart): void;
  cvSaved(cvId: string): void;
  cvDone(): void;
}

export const initialCv: CvData = {
  cvView: 'list',
  cvStep: 'cible',
  cvPart: 'profil',
  cvId: null,
  cvDraft: null,
  cvOpened: 0,
};

export const createCvSlice: StateCreator<KioskState, [], [], CvSlice> = (set) => ({
  ...initialCv,
  showCvList: () => set({ ...initialCv }),
  editCv: (cvDraft, cvId, cvStep = 'cible') =>
    set((s) => ({
      cvView: 'edit',
      cvDraft,
      cvId,
      cvStep,
      cvPart: 'profil',
      cvOpened: s.cvOpened + 1,
    })),
  updateCv: (change) => set((s) => (s.cvDraft ? { cvDraft: change(s.cvDraft) } : {})),
  setCvStep: (cvStep, cvPart = 'profil') => set({ cvStep, cvPart }),
  cvSaved: (cvId) => set({ cvId }),
  cvDone: () => set({ cvView: 'done' }),
});
