import { describe, expect, it } from 'vitest';
import { resetKioskStore, useKioskStore } from '../../renderer/store';

const settings = {
  mode: 'electron' as const,
  locale: 'en',
  idleWarningAfterSeconds: 60,
  idleCountdownSeconds: 20,
  maxVisitMinutes: 30,
};

function dirty() {
  const s = useKioskStore.getState();
  s.setSettings(settings);
  s.visitStarted('visit-9');
  s.showIdleWarning(30, 1_000);
  s.signedIn({ prenom: 'Camille', nom: 'Martin' });
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

  it('resetKioskStore returns every slice to its initial state, actions still working', () => {
    dirty();
    resetKioskStore();
    const s = useKioskStore.getState();
    expect({
      phase: s.phase,
      visitId: s.visitId,
      idleWarning: s.idleWarning,
      profile: s.profile,
      screen: s.screen,
      assistStatus: s.assistStatus,
      settings: s.settings,
    }).toEqual({
      phase: 'welcome',
      visitId: null,
      idleWarning: null,
      profile: null,
      screen: 'welcome',
      assistStatus: 'idle',
      settings: null,
    });
    s.goTo('login');
    expect(useKioskStore.getState().screen).toBe('login');
  });

  it("at a visit end, the terminal's settings may be kept while everything of the user goes", () => {
    dirty();
    resetKioskStore({ keepSettings: true });
    const s = useKioskStore.getState();
    expect(s.settings).toEqual(settings);
    expect(s.profile).toBeNull();
    expect(s.phase).toBe('welcome');
  });
});
