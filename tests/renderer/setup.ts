import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { setKioskApi } from '../../renderer/bridge';
import { initI18n } from '../../renderer/i18n';
import { resetKioskStore } from '../../renderer/store';

initI18n('fr');
// findBy/waitFor wait for what a screen shows after main answers; 1 s (the default) is a
// deadline a loaded CI machine misses, not a behaviour a person would notice.
configure({ asyncUtilTimeout: 4000 });

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
