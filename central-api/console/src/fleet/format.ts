import { fr } from '../i18n/fr';
import type { FleetTerminal } from './types';

const t = fr.fleet;

export const stateSeverity = {
  online: 'success',
  offline: 'error',
  out_of_service: 'warning',
} as const;

export const timeOf = (iso: string): string =>
  new Date(iso).toLocaleTimeString('fr-FR', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

export function uptime(seconds: number | null): string {
  if (seconds === null) return t.none;
  return t.uptime(Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60));
}

export function outbox(terminal: FleetTerminal): string {
  const box = terminal.outbox;
  if (!box) return t.none;
  const oldest = box.oldestAgeSeconds === null ? null : Math.floor(box.oldestAgeSeconds / 60);
  return t.outbox(box.depth, oldest, box.needingAttention);
}

export function devices(terminal: FleetTerminal): string {
  const d = terminal.devices;
  if (!d) return t.none;
  const word = (state: string) => t.devices[state as keyof typeof t.devices] ?? state;
  return `${word(d.scanner)} · ${word(d.printer)} · ${word(d.camera)}`;
}
