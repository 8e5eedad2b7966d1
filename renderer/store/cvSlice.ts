import type { StateCreator } from 'zustand';
import type { CvContent, CvStep } from '../../shared/domain/cv';
import type { KioskState } from './index';

export type CvView = 'list' | 'edit' | 'done';

/** The CV being edited, in memory only (saved on the central API at each step, wiped at the visit end). */
export interface CvData {
  cvView: CvView;
  cvStep: CvStep;
  cvId: string | null;
  cvDraft: CvContent | null;
}

export interface CvSlice extends CvData {
  showCvList(): void;
  editCv(draft: CvContent, cvId: string | null, step?: CvStep): void;
  updateCv(change: (draft: CvContent) => CvContent): void;
  setCvStep(step: CvStep): void;
  cvSaved(cvId: string): void;
  cvDone(): void;
}

export const initialCv: CvData = { cvView: 'list', cvStep: 'cible', cvId: null, cvDraft: null };

export const createCvSlice: StateCreator<KioskState, [], [], CvSlice> = (set) => ({
  ...initialCv,
  showCvList: () => set({ ...initialCv }),
  editCv: (cvDraft, cvId, cvStep = 'cible') => set({ cvView: 'edit', cvDraft, cvId, cvStep }),
  updateCv: (change) => set((s) => (s.cvDraft ? { cvDraft: change(s.cvDraft) } : {})),
  setCvStep: (cvStep) => set({ cvStep }),
  cvSaved: (cvId) => set({ cvId }),
  cvDone: () => set({ cvView: 'done' }),
});
