import { z } from 'zod';
import type { MethodTable } from './methods';

/**
 * Where the kiosk's spoken output comes from (config `speech.engine`): `platform` is the OS voice
 * through the renderer's speechSynthesis, `espeak-ng` a WAV rendered by main with the espeak-ng
 * program, `espeak-wasm` the same with the WebAssembly espeak-ng shipped inside the kiosk,
 * `recording` (tests) records the text and plays nothing, `off` hides the controls; `auto` picks
 * the platform when it has a voice in the language shown, else the espeak-ng program when it is
 * installed, else the shipped WebAssembly one.
 */
export const speechEngines = [
  'auto',
  'platform',
  'espeak-ng',
  'espeak-wasm',
  'recording',
  'off',
] as const;
export type SpeechEngine = (typeof speechEngines)[number];

/** The engines that speak in main (a WAV, or the recording); the renderer plays what they give. */
export const mainSpeechEngines = ['espeak-ng', 'espeak-wasm', 'recording'] as const;
export type MainSpeechEngine = (typeof mainSpeechEngines)[number];

/** One utterance: bounded so that a runaway page cannot keep the engine busy for minutes. */
export const speechTextSchema = z.string().trim().min(1).max(4000);

/** The speech service: what the config chose, and rendering an utterance in main. */
export const speechMethods = {
  /**
   * The configured engine, whether each espeak-ng build can run here, and which engine main
   * renders with under this config (null: main cannot speak). The admin screen shows them.
   */
  'speech.status': {
    input: z.object({}).strict(),
    output: z.object({
      engine: z.enum(speechEngines),
      espeakNg: z.boolean(),
      espeakWasm: z.boolean(),
      renders: z.enum(mainSpeechEngines).nullable(),
    }),
  },
  /**
   * Speaks through main's engine: espeak-ng (either build) answers a WAV (base64) that the renderer plays, so that
   * pause and volume stay in the page; recording answers nothing to play. `rate` is 0.5 to 2 times
   * the normal speed. The platform engine never calls this.
   */
  'speech.say': {
    input: z
      .object({
        text: speechTextSchema,
        /** The interface language (a two-letter code): the voice matches what is on screen. */
        lang: z.string().regex(/^[a-z]{2}$/),
        rate: z.number().min(0.5).max(2),
      })
      .strict(),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('wav'), base64: z.string() }).strict(),
      z.object({ kind: z.literal('none') }).strict(),
    ]),
  },
} as const satisfies MethodTable;
