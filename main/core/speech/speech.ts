import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { KioskError, type SpeechEngine } from '../../../shared/contract';

export type SpeechSetting = {
  engine: SpeechEngine;
  /** The espeak-ng program: Debian's on Linux, the one shipped in the kiosk's resources on Windows. */
  espeakPath: string;
  /** Tests only (engine `recording`): utterances are appended to <recordTo>/utterances.jsonl. */
  recordTo?: string;
};

export interface Speech {
  status(): Promise<{ engine: SpeechEngine; espeakNg: boolean }>;
  /** A WAV of the text (espeak-ng), or nothing to play (recording). */
  say(text: string, lang: string, rate: number): Promise<Uint8Array | null>;
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
  return {
    async status() {
      return { engine: setting.engine, espeakNg: await espeakNg() };
    },
    async say(text, lang, rate) {
      if (setting.engine === 'recording') {
        if (!setting.recordTo) throw new KioskError('forbidden', 'speech recording has no folder');
        mkdirSync(setting.recordTo, { recursive: true });
        appendFileSync(join(setting.recordTo, 'utterances.jsonl'), JSON.stringify({ text }) + '\n');
        return null;
      }
      // `auto` reaches here only when the renderer found no French voice of the platform's own.
      if (setting.engine !== 'espeak-ng' && setting.engine !== 'auto')
        throw new KioskError('forbidden', `speech engine ${setting.engine} does not speak in main`);
      return renderWav(setting.espeakPath, text, lang, rate);
    },
  };
}

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
    const wpm = String(Math.round(ESPEAK_WPM * rate));
    const child = spawn(path, ['-v', lang, '-s', wpm, '--stdin', '--stdout'], {
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
