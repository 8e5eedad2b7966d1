/**
 * The sandboxed preload: exposes window.kiosk (the contract's KioskApi) and nothing else, and
 * refuses drag-and-drop. It may require only 'electron'; the contract is bundled in. No logic
 * beyond routing.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './api';
import { installDropGuard } from './dropGuard';

contextBridge.exposeInMainWorld('kiosk', createPreloadApi(ipcRenderer));
// The preload shares the page's DOM (not its JS world): its listeners see every drag event. The
// node tsconfig has no DOM library, hence the lookup through globalThis.
const page = (globalThis as { window?: Pick<EventTarget, 'addEventListener'> }).window;
if (page) installDropGuard(page);
