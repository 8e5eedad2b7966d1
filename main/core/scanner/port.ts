import type { ScanProblemCode } from '../../../shared/contract/documents';

/**
 * The scanner port: every backend (SANE on Linux, WIA or NAPS2 on Windows) behind one interface.
 * A scan writes one TIFF/PNG file per page into a folder the caller owns (the visit's temp folder).
 */
export interface ScannerDevice {
  /** The backend's device name, e.g. 'test:0' or 'epson2:libusb:001:004'. */
  id: string;
  vendor: string;
  model: string;
  type: string;
}

export interface ScannerOption {
  /** e.g. '--resolution', '--mode', '--source', '-x'. */
  name: string;
  /** The choices ('Gray|Color') or range ('1..1200dpi') as the backend printed them. */
  values: string;
  current?: string;
}

export type ScanSource = 'flatbed' | 'feeder';
export type ScanMode = 'Gray' | 'Color' | 'Lineart';

export interface ScanRequest {
  device: string;
  resolution: number;
  mode: ScanMode;
  source: ScanSource;
  /** Where page files go: the visit's temp folder (or a subfolder of it). */
  outDir: string;
  /** Scan area in mm; A4 when absent. */
  widthMm?: number;
  heightMm?: number;
}

/** Why a scan did not give pages: the contract's list, each a distinct screen in the UI. */
export type ScanProblem = ScanProblemCode;

export class ScannerError extends Error {
  override name = 'ScannerError';
  constructor(
    readonly problem: ScanProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface ScanEvents {
  /** Progress of the page being scanned, 0..100. */
  onProgress?(page: number, percent: number): void;
  /** A page file is complete on disk. */
  onPage?(page: number, file: string): void;
}

export interface ScanJob {
  /** Resolves with the page files in order; rejects with ScannerError (or 'cancelled'). */
  readonly done: Promise<string[]>;
  /** SIGINT, then SIGKILL after the backend's grace period. Resolves when the process is gone. */
  cancel(): Promise<void>;
}

export class ScanCancelled extends Error {
  override name = 'ScanCancelled';
}

export interface Scanner {
  list(): Promise<ScannerDevice[]>;
  options(device: string): Promise<ScannerOption[]>;
  scan(request: ScanRequest, events?: ScanEvents): ScanJob;
}
