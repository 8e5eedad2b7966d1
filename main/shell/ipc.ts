import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  IPC_EVENT_CHANNEL,
  ipcChannelOf,
  methodNames,
  type MethodName,
  type Result,
} from '../../shared/contract';
import type { Logger } from '../core/logging';
import type { KioskCore } from '../core/types';
import { isSameOrigin } from './origin';

/** Which of the shell's windows a webContents is, if any. */
export type WindowRole = 'current' | 'prewarmed';

export interface WindowRegistry {
  roleOf(contents: WebContents): WindowRole | undefined;
  currentWebContents(): WebContents | undefined;
}

/**
 * The hidden, pre-warmed window loads the welcome screen before anyone uses it, and the welcome
 * screen reads the settings on load. Nothing else may come from a window nobody can see yet.
 */
export const PREWARMED_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['kiosk.settings']);

/** Why a call is refused (a fixed string for the log), or undefined when the sender is trusted. */
export function senderRefusal(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  method: MethodName,
  origin: string,
  windows: WindowRegistry,
): string | undefined {
  const frame = event.senderFrame;
  if (!frame) return 'frame_gone';
  if (frame.parent !== null) return 'subframe';
  if (!isSameOrigin(frame.url, origin)) return 'origin';
  const role = windows.roleOf(event.sender);
  if (role === 'current') return undefined;
  if (role === 'prewarmed' && PREWARMED_METHODS.has(method)) return undefined;
  return role ? 'prewarmed' : 'unknown_window';
}

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'caller not allowed' },
};

/**
 * One invoke handler per contract method and nothing else. The sender is checked here (the only
 * place that knows windows and frames); the input is validated by the core's dispatcher.
 */
export function registerIpcHandlers(options: {
  core: KioskCore;
  origin: string;
  windows: WindowRegistry;
  logger: Logger;
}): () => void {
  const { core, origin, windows, logger } = options;
  for (const method of methodNames) {
    ipcMain.handle(ipcChannelOf(method), async (event, input: unknown) => {
      const refusal = senderRefusal(event, method, origin, windows);
      if (refusal) {
        logger.warn('shell.ipc_refused', { method, refusal });
        return forbidden;
      }
      return core.dispatch(method, input, { transport: 'ipc' });
    });
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(ipcChannelOf(method));
  };
}

/**
 * Main → renderer events go to the current visit's window only. 'visit.ended' is not forwarded:
 * it is emitted after the wipe, when the window that lived the visit is already destroyed and the
 * current one is a fresh welcome screen that never had a visit.
 */
export function forwardEvents(core: KioskCore, windows: WindowRegistry): () => void {
  return core.onEvent((event) => {
    if (event.name === 'visit.ended') return;
    const contents = windows.currentWebContents();
    if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
  });
}
