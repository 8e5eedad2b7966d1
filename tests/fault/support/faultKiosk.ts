import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../main/core/config';
import { createKioskCore, type KioskCoreOptions } from '../../../main/core/kiosk';
import { silentLogger } from '../../../main/core/logging';
import type { KioskCore } from '../../../main/core/types';
import { startTestApi, type TestApi } from '../../unit/central-api/helpers';
import { startChaosProxy, type ChaosProxy } from './chaosProxy';

export interface FaultKiosk {
  api: TestApi;
  /** Stands between the kiosk and the central API; its faults apply to `path` only. */
  proxy: ChaosProxy;
  core: KioskCore;
  dataDir: string;
  dispose(): Promise<void>;
}

/**
 * A whole kiosk core (browser mode, no heartbeat, its own data folder) that reaches a real central
 * API through a chaos proxy faulting `path`: what a person's action becomes when the network fails.
 */
export async function startFaultKiosk(
  path: string,
  label: string,
  outbox?: KioskCoreOptions['outbox'],
): Promise<FaultKiosk> {
  const api = await startTestApi();
  const proxy = await startChaosProxy(() => api.url, path);
  const dataDir = mkdtempSync(join(tmpdir(), `kiosk-${label}-`));
  const core = createKioskCore({
    config: parseConfig({ dataDir, terminal: { label, enrolmentToken: 'demo-enrolment-token' } }),
    apiBaseUrl: proxy.url,
    logger: silentLogger,
    mode: 'browser',
    appVersion: 'test',
    heartbeatMs: 0,
    ...(outbox ? { outbox } : {}),
  });
  return {
    api,
    proxy,
    core,
    dataDir,
    async dispose() {
      await core.close();
      await proxy.close();
      await api.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
