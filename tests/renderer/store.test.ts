import { describe, expect, it } from 'vitest';
import { resetKioskStore, useKioskStore, type KioskState } from '../../renderer/store';

/**
 * Every slice's initial data (`initial<Slice>` in renderer/store/*Slice.ts), found by name so that a
 * new slice is covered without editing this test, and copied before any test runs: an action that
 * mutated an initial object in place (a draft, say) would otherwise move the expectation with it.
 */
const sliceModules = import.meta.glob<Record<string, unknown>>('../../renderer/store/*Slice.ts', {
  eager: true,
});
const initialSlices = Object.entries(sliceModules).flatMap(([path, exports]) =>
  Object.entries(exports)
    .filter(([name]) => name.startsWith('initial'))
    .map(([name, value]) => ({
      slice: `${path.split('/').pop()}: ${name}`,
      data: structuredClone(value) as Record<string, unknown>,
    })),
);

/** Every key of the store that holds data rather than an action. */
const dataKeys = (state: KioskState) =>
  Object.entries(state)
    .filter(([, value]) => typeof value !== 'function')
    .map(([key]) => key)
    .sort();

/** A value no slice starts with, in every data key: what a visit could have left anywhere. */
function plantEverywhere() {
  const planted = Object.fromEntries(
    dataKeys(useKioskStore.getState()).map((key) => [key, { planted: key }]),
  );
  useKioskStore.setState(planted as unknown as Partial<KioskState>);
}

const settings = {
  mode: 'electron' as const,
  locale: 'en',
  idleWarningAfterSeconds: 60,
  idleCountdownSeconds: 20,
  maxVisitMinutes: 30,
  keyboard: 'auto' as const,
};

function dirty() {
  const s = useKioskStore.getState();
  s.setSettings(settings);
  s.visitStarted('visit-9');
  s.showIdleWarning(30, 1_000);
  s.signedIn({ prenom: 'Camille', nom: 'Martin' }, 'provisional');
  s.goTo('dashboard');
  s.setAssistStatus('sent');
}

describe('kiosk store', () => {
  it('is built from slices that each hold their part of the state', () => {
    dirty();
    const s = useKioskStore.getState();
    expect(s.phase).toBe('visit');
    expect(s.visitId).toBe('visit-9');
    expect(s.idleWarning).toEqual({ secondsLeft: 30, deadline: 31_000 });
    expect(s.profile).toEqual({ prenom: 'Camille', nom: 'Martin' });
    expect(s.screen).toBe('dashboard');
    expect(s.assistStatus).toBe('sent');
    expect(s.settings).toEqual(settings);
  });

  it('knows an initial state for every data key of the store, drafts included', () => {
    const covered = initialSlices.flatMap(({ data }) => Object.keys(data)).sort();
    expect(covered).toEqual(dataKeys(useKioskStore.getState()));
    expect(covered).toEqual(
      expect.arrayContaining(['actualisationDraft', 'cvDraft', 'registration']),
    );
  });

  it('resetKioskStore returns every slice to its initial state, actions still working', () => {
    plantEverywhere();
    resetKioskStore();
    const s = useKioskStore.getState();
    for (const { slice, data } of initialSlices) {
      for (const [key, value] of Object.entries(data)) {
        expect(s[key as keyof KioskState], `${slice}.${key}`).toEqual(value);
      }
    }
    s.goTo('login');
    expect(useKioskStore.getState().screen).toBe('login');
  });

  it("at a visit end, the terminal's settings may be kept while everything of the user goes", () => {
    plantEverywhere();
    useKioskStore.getState().setSettings(settings);
    resetKioskStore({ keepSettings: true });
    const s = useKioskStore.getState();
    expect(s.settings).toEqual(settings);
    for (const { slice, data } of initialSlices) {
      for (const [key, value] of Object.entries(data)) {
        if (key !== 'settings')
          expect(s[key as keyof KioskState], `${slice}.${key}`).toEqual(value);
      }
    }
  });
});
