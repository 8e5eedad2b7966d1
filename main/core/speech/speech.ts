import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { KioskError, type MainSpeechEngine, type SpeechEngine } from '../../../shared/contract';
import {
  createEspeakWasm,
  locateEspeakWasm,
  type EspeakWasm,
  type EspeakWasmFiles,
} from './espeakWasm';

export type SpeechSetting = {
  engine: SpeechEngine;
  /** The espeak-ng program: Debian's on Linux, the one shipped in the kiosk's resources on Windows. */
  espeakPath: string;
  /** Tests only (engine `recording`): utterances are appended to <recordTo>/utterances.jsonl. */
  recordTo?: string;
  /** The WebAssembly espeak-ng shipped with the kiosk; none: found in node_modules (tests). */
  espeakWasm?: EspeakWasmFiles | null;
};

export interface SpeechStatus {
  engine: SpeechEngine;
  espeakNg: boolean;
  espeakWasm: boolean;
  /** Which of main's engines renders an utterance under this config, if any. */
  renders: MainSpeechEngine | null;
}

export interface Speech {
  status(): Promise<SpeechStatus>;
  /** A WAV of the text (espeak-ng, binary or WebAssembly), or nothing to play (recording). */
  say(text: string, lang: string, rate: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

/** espeak-ng's normal speed in words per minute; the renderer's rate multiplies it. */
const ESPEAK_WPM = 165;
/** An utterance is at most a screen's worth of text: a stuck engine is killed after this. */
const ESPEAK_TIMEOUT_MS = 15_000;

/**
 * Main's side of the kiosk's speech. The text is given to espeak-ng on its standard input and the
 * WAV read back from its standard output: nothing the user typed appears in a command line (other
 * processes can list those) or in a file, and there is no temp file to delete.
 */
export function createSpeech(setting: SpeechSetting): Speech {
  let available: Promise<boolean> | undefined;
  const espeakNg = () => (available ??= probe(setting.espeakPath));
  const files = setting.espeakWasm === undefined ? locateEspeakWasm() : setting.espeakWasm;
  let wasm: EspeakWasm | undefined;
  /**
   * The engine main speaks with. `auto` reaches main only when the renderer found no French
   * voice of the platform's own; then Debian's (or IT's) espeak-ng program, which starts faster,
   * else the WebAssembly build that every installation carries (a fresh Windows terminal).
   */
  const renders = async (): Promise<MainSpeechEngine | null> => {
    switch (setting.engine) {
      case 'recording':
        return 'recording';
      case 'espeak-ng':
        return (await espeakNg()) ? 'espeak-ng' : null;
      case 'espeak-wasm':
        return files ? 'espeak-wasm' : null;
      case 'auto':
        return (await espeakNg()) ? 'espeak-ng' : files ? 'espeak-wasm' : null;
      default:
        return null;
    }
  };
  return {
    async status() {
      return {
        engine: setting.engine,
        espeakNg: await espeakNg(),
        espeakWasm: files !== null,
        renders: await renders(),
      };
    },
    async say(text, lang, rate) {
      if (setting.engine === 'recording') {
        if (!setting.recordTo) throw new KioskError('forbidden', 'speech recording has no folder');
        mkdirSync(setting.recordTo, { recursive: true });
        appendFileSync(join(setting.recordTo, 'utterances.jsonl'), JSON.stringify({ text }) + '\n');
        return null;
      }
      const engine = await renders();
      if (engine === 'espeak-ng') return renderWav(setting.espeakPath, text, lang, rate);
      if (engine === 'espeak-wasm' && files) {
        wasm ??= createEspeakWasm(files, ESPEAK_TIMEOUT_MS);
        return wasm.render(text, lang, wpm(rate));
      }
      throw new KioskError('forbidden', `speech engine ${setting.engine} does not speak in main`);
    },
    async close() {
      await wasm?.close();
    },
  };
}

/** The renderer's rate (0.5 to 2 times) in espeak-ng's words per minute, for both builds. */
const wpm = (rate: number) => Math.round(ESPEAK_WPM * rate);

function probe(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(path, ['--version'], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

/** espeak-ng -v <lang> -s <wpm> --stdin --stdout: the WAV bytes, or forbidden if it cannot run. */
export function renderWav(
  path: string,
  text: string,
  lang: string,
  rate: number,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, ['-v', lang, '-s', String(wpm(rate)), '--stdin', '--stdout'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), ESPEAK_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => {
      clearTimeout(timer);
      reject(new KioskError('forbidden', 'espeak-ng not available'));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(new Uint8Array(Buffer.concat(chunks)));
      else reject(new KioskError('internal', `espeak-ng exited with ${code}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
  });
}
