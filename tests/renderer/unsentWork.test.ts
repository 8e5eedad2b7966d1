import { beforeEach, describe, expect, it } from 'vitest';
import { resetKioskStore, selectUnsentWork, useKioskStore } from '../../renderer/store';

const state = () => useKioskStore.getState();
const unsent = () => selectUnsentWork(state());

describe('selectUnsentWork: what "Terminer" would lose', () => {
  beforeEach(() => {
    resetKioskStore();
    state().visitStarted('v1');
  });

  it('nothing on the dashboard, nor outside a visit', () => {
    state().goTo('dashboard');
    expect(unsent()).toBeNull();
    state().visitEnding();
    state().declareUnsentWork('document');
    expect(unsent()).toBeNull();
  });

  it('an actualisation with an answer given and not sent; not once it is done', () => {
    state().goTo('actualisation');
    state().setActualisationStep('formation');
    expect(unsent()).toBeNull();
    state().updateActualisationDraft((d) => ({ ...d, yesNo: { formation: true } }));
    expect(unsent()).toBe('actualisation');
    state().setActualisationStep('done');
    expect(unsent()).toBeNull();
  });

  it('a registration with something typed, until its confirmation', () => {
    state().goTo('registration');
    expect(unsent()).toBeNull();
    state().setRegistrationValues('codes', {
      ...state().registration.values.codes,
      identifiant: 'camille',
    });
    expect(unsent()).toBe('registration');
    state().registrationSubmitted('sent');
    expect(unsent()).toBeNull();
  });

  it('a CV being edited, and what a screen with its own state declares', () => {
    state().goTo('cv');
    expect(unsent()).toBeNull();
    state().goTo('documents');
    state().declareUnsentWork('document');
    expect(unsent()).toBe('document');
    state().declareUnsentWork(null);
    expect(unsent()).toBeNull();
  });
});
