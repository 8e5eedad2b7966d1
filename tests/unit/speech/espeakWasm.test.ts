import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSpeech } from '../../../main/core/speech/speech';

const dir = mkdtempSync(join(tmpdir(), 'kiosk-speech-wasm-'));
const missing = join(dir, 'no-such-espeak');
// A terminal with no espeak-ng program: the WebAssembly build is what speaks.
const speech = createSpeech({ engine: 'auto', espeakPath: missing });
afterAll(async () => {
  await speech.close();
  rmSync(dir, { recursive: true, force: true });
});

/** sox's `stat` effect prints its figures on stderr ("Length (seconds):    1.234"). */
function soxStat(wav: string): Record<string, number> {
  const result = execFileSync('sh', ['-c', 'sox "$1" -n stat 2>&1', 'sh', wav], {
    encoding: 'utf8',
  });
  const figures: Record<string, number> = {};
  for (const line of result.split('\n')) {
    const match = /^(.+?):\s+(-?[\d.]+)$/.exec(line.trim());
    if (match?.[1] && match[2]) figures[match[1].trim()] = Number(match[2]);
  }
  return figures;
}

describe('speech: the WebAssembly espeak-ng shipped with the kiosk', () => {
  it('is what auto speaks with when no espeak-ng program is installed', async () => {
    expect(await speech.status()).toEqual({
      engine: 'auto',
      espeakNg: false,
      espeakWasm: true,
      renders: 'espeak-wasm',
    });
    const forced = createSpeech({ engine: 'espeak-wasm', espeakPath: 'espeak-ng' });
    expect((await forced.status()).renders).toBe('espeak-wasm');
    const absent = createSpeech({ engine: 'espeak-wasm', espeakPath: missing, espeakWasm: null });
    expect(await absent.status()).toMatchObject({ espeakWasm: false, renders: null });
    await expect(absent.say('Bonjour', 'fr', 1)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('renders audible French speech as a WAV, in memory, at the rate asked', async () => {
    const text = 'Se connecter à mon espace personnel. Identifiant.';
    const started = performance.now();
    const wav = await speech.say(text, 'fr', 1);
    const firstMs = performance.now() - started;
    const file = join(dir, 'utterance.wav');
    writeFileSync(file, wav ?? new Uint8Array());
    expect(
      Buffer.from(wav ?? [])
        .subarray(0, 4)
        .toString('ascii'),
    ).toBe('RIFF');
    const stat = soxStat(file);
    expect(stat['Length (seconds)']).toBeGreaterThan(0.5);
    // Silence has an RMS amplitude of 0; speech is well above the noise floor.
    expect(stat['RMS     amplitude']).toBeGreaterThan(0.01);

    const again = performance.now();
    const fast = await speech.say(text, 'fr', 2);
    const nextMs = performance.now() - again;
    expect(fast?.length).toBeLessThan((wav?.length ?? 0) * 0.75);
    console.info(
      `espeak-wasm: first utterance ${firstMs.toFixed(0)} ms, next ${nextMs.toFixed(0)} ms`,
    );
  });

  it('loads from a CommonJS bundle built as scripts/build.mjs builds main', async () => {
    // Inside the checkout, so that the bundle finds node_modules as dist/main/*.cjs does.
    const out = mkdtempSync(join(process.cwd(), '.speech-bundle-'));
    try {
      const probe = join(out, 'probe.cjs');
      await build({
        stdin: {
          contents: `import { createSpeech } from './main/core/speech/speech';
            const speech = createSpeech({ engine: 'espeak-wasm', espeakPath: 'espeak-ng' });
            speech.say('Bonjour', 'fr', 1).then(async (wav) => {
              process.stdout.write(String(wav.length));
              await speech.close();
            });`,
          resolveDir: process.cwd(),
          loader: 'ts',
        },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['espeak-ng'],
        outfile: probe,
        logLevel: 'silent',
      });
      const bytes = execFileSync(process.execPath, [probe], { encoding: 'utf8' });
      expect(Number(bytes)).toBeGreaterThan(10_000);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('speaks the other interface languages, and an unknown voice is an error, not a crash', async () => {
    expect((await speech.say('مرحبا', 'ar', 1))?.length).toBeGreaterThan(10_000);
    await expect(speech.say('Bonjour', 'xx', 1)).rejects.toMatchObject({ code: 'internal' });
    expect((await speech.say('Bonjour', 'fr', 1))?.length).toBeGreaterThan(10_000);
  });
});
