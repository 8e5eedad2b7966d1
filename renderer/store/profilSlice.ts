import type { StateCreator } from 'zustand';
import type { ProfilReceipt } from '../../shared/contract';
import type { z } from 'zod';
import type { ProfilChangeKind, profilChangeSchemas } from '../../shared/domain/profil';
import type { KioskState } from './index';

/** What « Mon profil » is showing: the values, one change being typed, its review, its receipt. */
export type ProfilView = 'overview' | 'edit' | 'review' | 'done' | 'password';

/** The change typed so far, per kind: « Modifier » from the review loses nothing. */
export type ProfilDrafts = { [K in ProfilChangeKind]?: z.input<(typeof profilChangeSchemas)[K]> };

export interface ProfilData {
  profilView: ProfilView;
  profilKind: ProfilChangeKind | null;
  profilDrafts: ProfilDrafts;
  profilReceipt: ProfilReceipt | null;
  /** Field → catalogue key: main or the central API refused the change sent from the review. */
  profilErrors: Record<string, string> | null;
}

export interface ProfilSlice extends ProfilData {
  showProfil(): void;
  editProfil(kind: ProfilChangeKind): void;
  changePassword(): void;
  setProfilDraft<K extends ProfilChangeKind>(kind: K, draft: ProfilDrafts[K]): void;
  reviewProfil(): void;
  /** Back to the change's form, each refusal shown next to its field. */
  refuseProfil(errors: Record<string, string>): void;
  /** Sent (or queued): the draft is dropped, the receipt kept for « Imprimer ». */
  profilSent(receipt: ProfilReceipt): void;
}

export const initialProfil: ProfilData = {
  profilView: 'overview',
  profilKind: null,
  profilDrafts: {},
  profilReceipt: null,
  profilErrors: null,
};

export const createProfilSlice: StateCreator<KioskState, [], [], ProfilSlice> = (set) => ({
  ...initialProfil,
  showProfil: () =>
    set({ profilView: 'overview', profilKind: null, profilReceipt: null, profilErrors: null }),
  editProfil: (kind) =>
    set({ profilView: 'edit', profilKind: kind, profilReceipt: null, profilErrors: null }),
  changePassword: () =>
    set({ profilView: 'password', profilKind: null, profilReceipt: null, profilErrors: null }),
  setProfilDraft: (kind, draft) =>
    set((state) => ({ profilDrafts: { ...state.profilDrafts, [kind]: draft } })),
  reviewProfil: () => set({ profilView: 'review', profilErrors: null }),
  refuseProfil: (errors) => set({ profilView: 'edit', profilErrors: errors }),
  profilSent: (receipt) =>
    set((state) => {
      const { [state.profilKind ?? 'adresse']: _sent, ...rest } = state.profilDrafts;
      return { profilView: 'done', profilReceipt: receipt, profilDrafts: rest };
    }),
});
