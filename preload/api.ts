import type { IpcRenderer } from 'electron';
import { IPC_EVENT_CHANNEL, ipcChannelOf } from '../shared/contract/channels';
import type { KioskApi } from '../shared/contract/api';
import type { Result } from '../shared/contract/errors';
import type { KioskEvent } from '../shared/contract/events';
import { EventFanout } from '../shared/contract/listeners';
import { isContractMethod } from './contractMethods';

const failure = (code: 'unknown_method' | 'internal', message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * KioskApi over IPC: `call` only for contract methods, one invoke channel each; `on` fans out the
 * single event channel. The IPC event object (which carries the sender) never reaches the page.
 */
export function createPreloadApi(ipc: Pick<IpcRenderer, 'invoke' | 'on'>): KioskApi {
  const listeners = new EventFanout();
  ipc.on(IPC_EVENT_CHANNEL, (_event, message: KioskEvent) => {
    if (message) listeners.emit(message.name, message.payload);
  });

  const api: KioskApi = {
    async call(method, input) {
      if (!isContractMethod(method)) return failure('unknown_method', 'not a contract method');
      try {
        // Main's dispatcher always answers a Result; its type follows from the method's.
        return (await ipc.invoke(ipcChannelOf(method), input)) as never;
      } catch {
        return failure('internal', 'main did not answer');
      }
    },
    on(event, listener) {
      return listeners.add(event, listener as (payload: unknown) => void);
    },
  };
  return api;
}
