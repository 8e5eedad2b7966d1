import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../shared/contract';
import type { PushableConfig } from '../../../shared/config/pushable';
import { RemoteControl, type RemoteCommand } from '../../../main/core/fleet/remote';
import { HealthRecorder, recordingErrors } from '../../../main/core/fleet/health';
import { silentLogger } from '../../../main/core/logging/logger';

/** A RemoteControl over a pretend visit, recording what it did in order. */
function setup(statePath = join(mkdtempSync(join(tmpdir(), 'fleet-')), 'fleet-state.json')) {
  const log: string[] = [];
  const applied: PushableConfig[] = [];
  const acks: { id: string; outcome: string; errorCode?: string }[] = [];
  const visits = {
    current: undefined as object | undefined,
    end(reason: 'adviser') {
      if (this.current) log.push(`visit ended (${reason})`);
      this.current = undefined;
      return Promise.resolve();
    },
  };
  const remote = new RemoteControl({
    statePath,
    visits,
    applyConfig: (config) => applied.push(config),
    emit: (event: KioskEvent) => log.push(`event ${event.name} ${JSON.stringify(event.payload)}`),
    ack: async (id, outcome, errorCode) => {
      acks.push(errorCode ? { id, outcome, errorCode } : { id, outcome });
    },
    relaunch: () => {
      log.push('relaunch');
      return true;
    },
    logger: silentLogger,
  });
  return { remote, visits, log, applied, acks, statePath };
}

const config = (id: string, version: number, value: unknown): RemoteCommand => ({
  id,
  kind: 'config',
  configVersion: version,
  config: value,
});

describe('remote commands at the terminal', () => {
  it('applies a configuration only between visits, and acknowledges it then', async () => {
    const t = setup();
    t.visits.current = {};
    expect(t.remote.receive([config('c1', 1, { visit: { idleWarningAfterSeconds: 90 } })])).toBe(1);
    await t.remote.settled();
    // The visit goes on under its own settings: nothing applied (the start-up file config only).
    expect(t.applied).toEqual([{}]);
    expect(t.acks).toEqual([]);
    // The same command coming back while it waits is not taken twice.
    expect(t.remote.receive([config('c1', 1, {})])).toBe(0);
    t.visits.current = undefined;
    await t.remote.visitEnded();
    expect(t.applied).toEqual([{}, { visit: { idleWarningAfterSeconds: 90 } }]);
    expect(t.acks).toEqual([{ id: 'c1', outcome: 'done' }]);
    expect(t.remote.configVersion).toBe(1);
    // Kept across a restart: the new process starts with the pushed configuration.
    const again = setup(t.statePath);
    expect(again.applied).toEqual([{ visit: { idleWarningAfterSeconds: 90 } }]);
    expect(again.remote.configVersion).toBe(1);
    // A version already running is acknowledged without being applied again.
    again.remote.receive([config('c1-again', 1, { keyboard: 'never' })]);
    await again.remote.settled();
    expect(again.applied).toHaveLength(1);
    expect(again.acks).toEqual([{ id: 'c1-again', outcome: 'done' }]);
  });

  it('refuses a configuration its own schema refuses, and says so by a code', async () => {
    const t = setup();
    t.remote.receive([config('bad', 2, { visit: { idleWarningAfterSeconds: -5 } })]);
    await t.remote.settled();
    expect(t.acks).toEqual([{ id: 'bad', outcome: 'failed', errorCode: 'fleet.config_invalid' }]);
    expect(t.remote.configVersion).toBe(0);
  });

  it('wipes the visit before going out of service, and stays out of service after a restart', async () => {
    const t = setup();
    t.visits.current = {};
    t.remote.receive([{ id: 'o1', kind: 'out_of_service' }]);
    await t.remote.settled();
    expect(t.log).toEqual([
      'visit ended (adviser)',
      'event terminal.service {"outOfService":true}',
    ]);
    expect(t.remote.outOfService).toBe(true);
    expect(setup(t.statePath).remote.outOfService).toBe(true);
    t.remote.receive([{ id: 'o2', kind: 'in_service' }]);
    await t.remote.settled();
    expect(t.remote.outOfService).toBe(false);
    expect(t.acks.map((a) => a.id)).toEqual(['o1', 'o2']);
  });

  it('ends the visit for a remote end or relaunch, acknowledging before the relaunch', async () => {
    const t = setup();
    t.visits.current = {};
    t.remote.receive([{ id: 'e1', kind: 'end_visit' }]);
    await t.remote.settled();
    expect(t.log).toEqual(['visit ended (adviser)']);
    t.visits.current = {};
    t.remote.receive([{ id: 'r1', kind: 'relaunch' }]);
    await t.remote.settled();
    expect(t.log).toEqual(['visit ended (adviser)', 'visit ended (adviser)', 'relaunch']);
    expect(t.acks.map((a) => a.id)).toEqual(['e1', 'r1']);
  });

  it('takes back a command whose acknowledgement was lost, without carrying it out twice', async () => {
    const t = setup();
    let fail = true;
    const remote = new RemoteControl({
      statePath: t.statePath,
      visits: t.visits,
      applyConfig: (c) => t.applied.push(c),
      emit: () => undefined,
      ack: async (id) => {
        if (fail) throw new Error('network');
        t.acks.push({ id, outcome: 'done' });
      },
      relaunch: () => false,
      logger: silentLogger,
    });
    remote.receive([config('c9', 3, { locale: 'en' })]);
    await remote.settled();
    fail = false;
    expect(remote.receive([config('c9', 3, { locale: 'en' })])).toBe(1);
    await remote.settled();
    expect(t.applied.filter((c) => c.locale === 'en')).toHaveLength(1);
    expect(t.acks).toEqual([{ id: 'c9', outcome: 'done' }]);
  });
});

describe('terminal health', () => {
  it('counts visits, keeps devices and the last error as codes only', () => {
    const health = new HealthRecorder({ printer: true });
    const logger = recordingErrors(silentLogger, health);
    health.device('printer', true);
    health.device('scanner', false);
    health.visitEnded();
    health.visitEnded();
    logger.child('visit').error('visit.wipe_step_failed', { error: new Error('secret path') });
    logger.error('Un message avec des données');
    expect(health.snapshot()).toMatchObject({
      devices: { printer: 'absent', scanner: 'error', camera: 'unknown' },
      visitsToday: 2,
      lastErrorCode: 'visit.wipe_step_failed',
    });
  });
});
