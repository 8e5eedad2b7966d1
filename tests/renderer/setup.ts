import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { setKioskApi } from '../../renderer/bridge';
import { initI18n } from '../../renderer/i18n';
import { resetKioskStore } from '../../renderer/store';

initI18n('fr');

beforeEach(() => {
  initI18n('fr');
  resetKioskStore();
  setKioskApi(undefined);
  delete document.documentElement.dataset.kioskReady;
  document.title = '';
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
