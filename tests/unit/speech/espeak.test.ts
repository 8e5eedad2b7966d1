import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../../main/core/config';
import { createSpeech } from '../../../main/core/speech/speech';

const dir = mkdtempSync(join(tmpdir(), 'kiosk-speech-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe('speech: the espeak-ng engine', () => {
  it('renders audible French speech as a WAV, with no file left behind', async () => {
    const speech = createSpeech({ engine: 'espeak-ng', espeakPath: 'espeak-ng' });
    expect(await speech.status()).toEqual({
      engine: 'espeak-ng',
      espeakNg: true,
      espeakWasm: true,
      renders: 'espeak-ng',
    });
    const wav = await speech.say('Se connecter à mon espace personnel. Identifiant.', 'fr', 1);
    expect(wav).not.toBeNull();
    const file = join(dir, 'utterance.wav');
    writeFileSync(file, wav ?? new Uint8Array());
    expect(readFileSync(file).subarray(0, 4).toString('ascii')).toBe('RIFF');
    const stat = soxStat(file);
    expect(stat['Length (seconds)']).toBeGreaterThan(0.5);
    // Silence has an RMS amplitude of 0; speech is well above the noise floor.
    expect(stat['RMS     amplitude']).toBeGreaterThan(0.01);
  });

  it('speaks faster when asked: a shorter WAV for the same words', async () => {
    const speech = createSpeech({ engine: 'espeak-ng', espeakPath: 'espeak-ng' });
    const text = 'Votre actualisation est enregistrée.';
    const normal = await speech.say(text, 'fr', 1);
    const fast = await speech.say(text, 'fr', 2);
    expect(fast?.length).toBeLessThan((normal?.length ?? 0) * 0.75);
  });

  it('reports espeak-ng missing instead of failing a screen', async () => {
    const speech = createSpeech({ engine: 'espeak-ng', espeakPath: join(dir, 'no-such-espeak') });
    expect(await speech.status()).toMatchObject({ espeakNg: false, renders: null });
    await expect(speech.say('Bonjour', 'fr', 1)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('records utterances as text with the recording engine, and plays nothing', async () => {
    const speech = createSpeech({ engine: 'recording', espeakPath: 'espeak-ng', recordTo: dir });
    expect(await speech.say('Identifiant : vide', 'fr', 1)).toBeNull();
    expect(readFileSync(join(dir, 'utterances.jsonl'), 'utf8')).toBe(
      '{"text":"Identifiant : vide"}\n',
    );
  });

  it('refuses to speak in main when the platform engine or off is configured', async () => {
    for (const engine of ['platform', 'off'] as const) {
      const speech = createSpeech({ engine, espeakPath: 'espeak-ng' });
      await expect(speech.say('Bonjour', 'fr', 1)).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('is configured as auto by default; tests switch to recording by one variable', () => {
    expect(parseConfig({}).speech).toEqual({ engine: 'auto', espeakPath: 'espeak-ng' });
    expect(() => parseConfig({ speech: { engine: 'festival' } })).toThrow(/speech\.engine/);
    const config = loadConfig({ KIOSK_DATA_DIR: dir, KIOSK_SPEECH_RECORD_TO: join(dir, 'said') });
    expect(config.speech).toMatchObject({ engine: 'recording', recordTo: join(dir, 'said') });
  });
});
