/**
 * Chromium's part, for tests: what a page or a user does to a webContents (key presses,
 * navigations, IPC invokes, messages from main), delivered the way Electron delivers them.
 */
import {
  FakeEvent,
  recorded,
  rendererBus,
  type FakeWebContents,
  type FakeWebFrame,
} from './fake-electron';

/** Main → renderer message, as the preload's ipcRenderer.on listener receives it. */
export function sendToRenderer(channel: string, ...args: unknown[]): void {
  rendererBus.emit(
    channel,
    new FakeEvent({ sender: 'the IPC event, never for the page' }),
    ...args,
  );
}

export interface KeyPress {
  key: string;
  code?: string;
  control?: boolean;
  shift?: boolean;
  alt?: boolean;
  meta?: boolean;
}

/** A keyDown through 'before-input-event'; returns whether the shell swallowed it. */
export function pressKey(contents: FakeWebContents, press: KeyPress): boolean {
  const event = new FakeEvent();
  contents.emit('before-input-event', event, {
    type: 'keyDown',
    key: press.key,
    code: press.code ?? '',
    control: press.control ?? false,
    shift: press.shift ?? false,
    alt: press.alt ?? false,
    meta: press.meta ?? false,
    isAutoRepeat: false,
    isComposing: false,
    location: 0,
    modifiers: [],
  });
  return event.defaultPrevented;
}

/** A page-initiated navigation (or redirect); returns whether the shell prevented it. */
export function navigate(
  contents: FakeWebContents,
  kind: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
  url: string,
  isMainFrame = true,
): boolean {
  const event = new FakeEvent({ url, isMainFrame, isSameDocument: false, frame: null });
  contents.emit(kind, event, url, false, isMainFrame);
  return event.defaultPrevented;
}

/** An invoke from a renderer frame, as ipcMain.handle's listener receives it. */
export async function invokeFrom(
  contents: FakeWebContents,
  channel: string,
  input: unknown,
  frame: FakeWebFrame | null = contents.mainFrame,
): Promise<unknown> {
  const handler = recorded.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ sender: contents, senderFrame: frame, frameId: 1, processId: 1 }, input);
}
