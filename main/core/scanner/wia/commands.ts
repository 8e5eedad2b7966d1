import { scanProblems } from '../../../../shared/contract/documents';
import type { ScanProblem, ScanRequest, ScannerDevice } from '../port';

/**
 * The WIA backend drives resources/scanner/wia-scan.ps1 (WIA.DeviceManager COM: dpi properties
 * 6147/6148, PNG transfer), which speaks JSON lines. Building the command and reading its lines are
 * pure and unit-tested here; running them needs Windows.
 */
export function wiaCommand(
  script: string,
  request?: ScanRequest,
): { command: string; args: string[] } {
  const base = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', script];
  if (!request) return { command: 'powershell.exe', args: [...base, '-List'] };
  return {
    command: 'powershell.exe',
    args: [
      ...base,
      '-Device',
      request.device,
      '-OutDir',
      request.outDir,
      '-Dpi',
      String(request.resolution),
      '-Mode',
      request.mode === 'Color' ? 'Color' : 'Gray',
      '-Source',
      request.source,
    ],
  };
}

export type WiaLine =
  | { type: 'device'; device: ScannerDevice }
  | { type: 'progress'; page: number; percent: number }
  | { type: 'page'; page: number; file: string }
  | { type: 'error'; problem: ScanProblem }
  | { type: 'done'; pages: number };

const problems: readonly ScanProblem[] = scanProblems;

/** One stdout line of the helper; anything else (PowerShell noise) is ignored. */
export function parseWiaLine(line: string): WiaLine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line.trim());
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const int = (x: unknown) =>
    typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined;
  switch (v.type) {
    case 'device':
      return typeof v.id === 'string'
        ? {
            type: 'device',
            device: {
              id: v.id,
              vendor: typeof v.vendor === 'string' ? v.vendor : '',
              model: typeof v.name === 'string' ? v.name : '',
              type: 'wia',
            },
          }
        : undefined;
    case 'progress': {
      const page = int(v.page);
      const percent =
        typeof v.percent === 'number' ? Math.min(100, Math.max(0, v.percent)) : undefined;
      return page !== undefined && percent !== undefined
        ? { type: 'progress', page, percent }
        : undefined;
    }
    case 'page': {
      const page = int(v.page);
      return page !== undefined && typeof v.file === 'string'
        ? { type: 'page', page, file: v.file }
        : undefined;
    }
    case 'error':
      return {
        type: 'error',
        problem: problems.includes(v.problem as ScanProblem)
          ? (v.problem as ScanProblem)
          : 'failed',
      };
    case 'done': {
      const pages = int(v.pages);
      return pages !== undefined ? { type: 'done', pages } : undefined;
    }
    default:
      return undefined;
  }
}
