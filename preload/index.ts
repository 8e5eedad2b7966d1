/**
 * The sandboxed preload: exposes window.kiosk (the contract's KioskApi) and nothing else. It may
 * require only 'electron'; the contract is bundled in. No logic beyond routing.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './api';

contextBridge.exposeInMainWorld('kiosk', createPreloadApi(ipcRenderer));
