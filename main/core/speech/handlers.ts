import type { speechMethods } from '../../../shared/contract/speech';
import type { HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import { KioskError } from '../../../shared/contract';

/**
 * Speech works with or without a visit: the welcome screen is read aloud too. A kiosk core built
 * without a speech service (some tests) reports `off`.
 */
export function speechHandlers({ speech }: HandlerDeps): HandlersFor<typeof speechMethods> {
  return {
    'speech.status': async () => {
      if (!speech)
        return { engine: 'off' as const, espeakNg: false, espeakWasm: false, renders: null };
      return speech.status();
    },
    'speech.say': async ({ text, lang, rate }) => {
      if (!speech) throw new KioskError('forbidden', 'no speech service');
      const wav = await speech.say(text, lang, rate);
      return wav
        ? { kind: 'wav' as const, base64: Buffer.from(wav).toString('base64') }
        : { kind: 'none' as const };
    },
  };
}
