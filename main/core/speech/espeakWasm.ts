import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { KioskError } from '../../../shared/contract';

/** The WebAssembly build of espeak-ng (npm `espeak-ng`): its Emscripten loader and its module. */
export interface EspeakWasmFiles {
  script: string;
  wasm: string;
}

/**
 * Where the package's files are. In the packaged app they are unpacked beside app.asar
 * (electron-builder.yml asarUnpack): an ES module and an 18 MB WebAssembly file are read as
 * plain files. Null when the package is missing (a build without it).
 */
export function locateEspeakWasm(): EspeakWasmFiles | null {
  try {
    // In the bundle __filename is dist/main/*.cjs; under tests the working directory is the checkout.
    const require = createRequire(
      typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js'),
    );
    const script = require
      .resolve('espeak-ng')
      .replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
    const wasm = join(dirname(script), 'espeak-ng.wasm');
    return existsSync(script) && existsSync(wasm) ? { script, wasm } : null;
  } catch {
    return null;
  }
}

/**
 * The worker's code, plain JavaScript evaluated by worker_threads: a separate thread because a
 * screen's worth of text takes 100 to 300 ms of CPU that would otherwise stop main's IPC, and a
 * stuck render can be ended by terminating the thread. Evaluated from a string so that the same
 * code runs from the esbuild bundle and under the tests, with no second entry point to ship.
 * Each utterance runs espeak-ng's command line in a fresh instance of the compiled module (the
 * program is built to run once): the text goes in as a file of Emscripten's in-memory file
 * system and the WAV comes out the same way, so nothing touches the disk and espeak's own
 * messages (which could quote the text) are dropped, never logged.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
let loaded;
const load = () =>
  (loaded ??= Promise.all([
    import(pathToFileURL(workerData.script).href).then((m) => m.default),
    WebAssembly.compile(readFileSync(workerData.wasm)),
  ]));
let chain = Promise.resolve();
parentPort.on('message', ({ id, text, args }) => {
  chain = chain.then(async () => {
    try {
      const [ESpeakNg, module] = await load();
      const espeak = await ESpeakNg({
        arguments: [...args, '-w', '/out.wav', '-f', '/in.txt'],
        preRun: [(m) => m.FS.writeFile('/in.txt', text)],
        instantiateWasm: (imports, done) => {
          WebAssembly.instantiate(module, imports).then((instance) => done(instance, module));
          return {};
        },
        print: () => undefined,
        printErr: () => undefined,
      });
      parentPort.postMessage({ id, wav: espeak.FS.readFile('/out.wav') });
    } catch {
      parentPort.postMessage({ id, error: true });
    }
  });
});
`;

export interface EspeakWasm {
  /** A WAV of the text, spoken by espeak-ng's voice for `lang` at `wpm` words a minute. */
  render(text: string, lang: string, wpm: number): Promise<Uint8Array>;
  /** Ends the worker (the kiosk's shutdown; tests). */
  close(): Promise<void>;
}

/**
 * One worker thread, started at the first utterance and kept (loading and compiling the module
 * costs about 100 ms once); a render that does not finish in `timeoutMs` ends the thread and the
 * next utterance starts a new one.
 */
export function createEspeakWasm(files: EspeakWasmFiles, timeoutMs: number): EspeakWasm {
  let worker: Worker | undefined;
  let serial = 0;
  const waiting = new Map<number, (reply: { wav?: Uint8Array; error?: boolean }) => void>();
  const failAll = () => {
    for (const reply of waiting.values()) reply({ error: true });
    waiting.clear();
  };
  const start = () => {
    const thread = new Worker(WORKER, { eval: true, workerData: files });
    thread.on('message', (reply: { id: number; wav?: Uint8Array; error?: boolean }) => {
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    });
    thread.on('error', failAll);
    thread.on('exit', () => {
      if (worker === thread) worker = undefined;
      failAll();
    });
    // An idle worker does not keep a test run or a browser-mode shutdown waiting.
    thread.unref();
    return thread;
  };
  return {
    render(text, lang, wpm) {
      const thread = (worker ??= start());
      const id = ++serial;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => void thread.terminate(), timeoutMs);
        waiting.set(id, ({ wav, error }) => {
          clearTimeout(timer);
          if (wav && !error) resolve(new Uint8Array(wav.buffer, wav.byteOffset, wav.byteLength));
          else reject(new KioskError('internal', 'espeak-ng (WebAssembly) rendered no audio'));
        });
        thread.postMessage({ id, text, args: ['-v', lang, '-s', String(wpm)] });
      });
    },
    async close() {
      const thread = worker;
      worker = undefined;
      if (thread) await thread.terminate();
    },
  };
}
