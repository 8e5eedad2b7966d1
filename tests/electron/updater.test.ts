/**
 * Updates end to end in Node: the shell's updater is electron-updater's own AppImageUpdater (its
 * generic provider parsing latest-linux.yml, its sha512-checked download), talking over real HTTP
 * to a real central API that decides the rollout; only Electron's net module is replaced by Node's
 * http (NodeHttpExecutor) and the install itself is recorded instead of run.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppImageUpdater, type AppUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { ElectronHttpExecutor } from 'electron-updater/out/electronHttpExecutor';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannelOf } from '../../shared/contract';
import type { Logger } from '../../main/core/logging';
import { invokeFrom } from './fake-chromium';
import { resetFake } from './fake-electron';
import { paintFirstWindow, startTestShell, type ShellFixture } from './support';
import { demoStaff, staffSignedIn, startTestApi, type TestApi } from '../unit/central-api/helpers';

vi.mock('electron', () => import('./fake-electron'));

/** electron-updater's HTTP client with Node's http in place of Electron's net (absent in Node). */
class NodeHttpExecutor extends ElectronHttpExecutor {
  override createRequest(
    options: Parameters<ElectronHttpExecutor['createRequest']>[0],
    callback: (response: IncomingMessage) => void,
  ): ReturnType<ElectronHttpExecutor['createRequest']> {
    // Node's ClientRequest has the events and methods the executor uses (on, end, abort).
    return httpRequest(options as object, callback) as unknown as ReturnType<
      ElectronHttpExecutor['createRequest']
    >;
  }
}

const RUNNING = '1.0.0';

describe('updates from the central API (electron-updater, real HTTP)', () => {
  let api: TestApi;
  let it_: Record<string, string>;
  let dir: string;
  let kiosk: ShellFixture | undefined;
  const savedAppImage = process.env.APPIMAGE;

  beforeAll(async () => {
    api = await startTestApi({ demoOffers: 0 });
    it_ = (await staffSignedIn(api, demoStaff.it)).headers;
    dir = mkdtempSync(join(tmpdir(), 'kiosk-updates-'));
    // AppImageUpdater runs only inside an AppImage: the file it would replace.
    process.env.APPIMAGE = join(dir, 'running.AppImage');
    writeFileSync(process.env.APPIMAGE, 'old');
  });
  afterAll(async () => {
    if (savedAppImage === undefined) delete process.env.APPIMAGE;
    else process.env.APPIMAGE = savedAppImage;
    await api.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => resetFake());
  afterEach(async () => {
    await kiosk?.dispose();
    kiosk = undefined;
  });

  const publish = async (version: string, installer: Buffer, agencyCodes: string[]) => {
    const upload = await api.request('PUT', `/v1/staff/releases/linux/${version}`, {
      headers: it_,
      body: installer,
      contentType: 'application/octet-stream',
    });
    expect(upload.status).toBe(201);
    const rollout = await api.request('PUT', '/v1/staff/updates/rollout', {
      headers: it_,
      body: { version, percentage: 100, agencyCodes },
    });
    expect(rollout.status).toBe(200);
  };

  /** A kiosk of the PARIS11 agency on 1.0.0, its updater's events and what the shell logged. */
  function startKiosk() {
    const installs: unknown[][] = [];
    const lines: Array<[string, unknown]> = [];
    let updater: AppUpdater | undefined;
    const record = (event: string, fields?: unknown) => lines.push([event, fields]);
    const logger: Logger = {
      debug: record,
      info: record,
      warn: record,
      error: record,
      child: () => logger,
    };
    const appAdapter: AppAdapter = {
      version: RUNNING,
      name: 'france-travail-kiosk',
      isPackaged: true,
      appUpdateConfigPath: join(dir, 'unused-app-update.yml'),
      userDataPath: dir,
      baseCachePath: join(dir, 'cache'),
      whenReady: () => Promise.resolve(),
      relaunch: () => undefined,
      quit: () => undefined,
      onQuit: () => undefined,
    };
    kiosk = startTestShell({
      apiBaseUrl: api.url,
      appVersion: RUNNING,
      shellLogger: logger,
      config: {
        dataDir: dir,
        centralApi: { url: api.url },
        // A real deployment: IT's one-time code enrols the terminal, no demo token.
        terminal: {
          label: 'borne-paris-11-a',
          agencyCode: 'PARIS11',
          enrolmentCode: api.enrolmentCode('borne-paris-11-a', 'PARIS11'),
        },
        updates: { firstCheckSeconds: 0, publisherNames: ['France Travail'] },
      },
      updater: () => {
        updater = new AppImageUpdater(undefined, appAdapter);
        Object.assign(updater, { httpExecutor: new NodeHttpExecutor() });
        vi.spyOn(updater, 'quitAndInstall').mockImplementation((...args) => {
          installs.push(args);
        });
        return updater;
      },
    });
    paintFirstWindow();
    const next = (
      event: 'update-available' | 'update-not-available' | 'update-downloaded' | 'error',
    ) => new Promise<unknown>((resolve) => updater!.once(event, () => resolve(event)));
    const nextValue = (event: 'update-not-available' | 'update-downloaded' | 'error') =>
      new Promise<unknown>((resolve) => updater!.once(event, resolve));
    return { installs, lines, next, nextValue, fixture: kiosk };
  }

  it('a terminal outside the rollout is not offered the release', async () => {
    await publish('1.1.0', randomBytes(32 * 1024), ['LYON3']);
    const { installs, next } = startKiosk();
    // The updater compared the version it was told with its own: nothing to download.
    expect(await Promise.race([next('update-available'), next('update-not-available')])).toBe(
      'update-not-available',
    );
    expect(installs).toEqual([]);
    // The updater's own config: its cache folder, and the signer a Windows installer must carry.
    expect(readFileSync(join(dir, 'app-update.yml'), 'utf8')).toBe(
      `provider: generic\nurl: "${api.url}/v1/updates/"\nupdaterCacheDirName: france-travail-kiosk-updater\npublisherName: ["France Travail"]\n`,
    );
  });

  it('inside it, downloads in the background during a visit and installs only once it ends', async () => {
    const installer = randomBytes(256 * 1024);
    await publish('1.2.0', installer, ['PARIS11']);
    const { installs, lines, nextValue, fixture } = startKiosk();
    // A person is using the kiosk when the download completes.
    await invokeFrom(fixture.current().webContents, ipcChannelOf('visit.start'), {});
    const downloaded = (await nextValue('update-downloaded')) as {
      version: string;
      downloadedFile: string;
    };
    expect(downloaded.version).toBe('1.2.0');
    expect(readFileSync(downloaded.downloadedFile).equals(installer)).toBe(true);
    expect(lines).toContainEqual(['update.deferred', { version: '1.2.0' }]);
    expect(installs).toEqual([]);
    await invokeFrom(fixture.current().webContents, ipcChannelOf('visit.end'), {
      reason: 'user',
    });
    // Silent install, then the kiosk starts again on the new version.
    expect(installs).toEqual([[true, true]]);
    expect(lines).toContainEqual(['update.installing', { version: '1.2.0' }]);
  });

  it('refuses a download whose sha512 does not match, logs the code and installs nothing', async () => {
    const installer = randomBytes(64 * 1024);
    await publish('1.3.0', installer, ['PARIS11']);
    // The file on the server changed after its sha512 was published (corrupted, or tampered with).
    writeFileSync(
      join(api.dir, 'releases', 'france-travail-kiosk-1.3.0.AppImage'),
      randomBytes(64 * 1024),
    );
    const { installs, lines, nextValue } = startKiosk();
    const error = (await nextValue('error')) as { code?: string };
    expect(error.code).toBe('ERR_CHECKSUM_MISMATCH');
    expect(lines).toContainEqual(['update.failed', { code: 'ERR_CHECKSUM_MISMATCH' }]);
    expect(installs).toEqual([]);
  });
});
