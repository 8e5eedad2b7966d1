import type { RendererKioskApi } from '../../bridge';
import type { MainSpeechEngine, SpeechEngine } from '../../../shared/contract';

/** Who speaks: the platform's voice in the page, main's engine (espeak-ng, recording), or nobody. */
export type Voice = 'platform' | 'main' | 'none';

export interface SayOptions {
  lang: string;
  rate: number;
  volume: number;
  /** Wait for what is being said to end (messages) instead of cutting it (focus moves). */
  queue?: boolean;
}

export interface Speaker {
  say(text: string, options: SayOptions): void;
  stop(): void;
  pause(): void;
  resume(): void;
}

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : undefined;
}

/**
 * Whether the operating system offers a voice in this language. Chromium fills its voice list
 * a moment after start-up, so an empty list is asked again once it changes (at most 1 s).
 */
export function platformHasVoice(lang: string): Promise<boolean> {
  const speech = synthesis();
  if (!speech) return Promise.resolve(false);
  const has = () => speech.getVoices().some((v) => v.lang.toLowerCase().startsWith(lang));
  if (speech.getVoices().length > 0) return Promise.resolve(has());
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      speech.removeEventListener('voiceschanged', done);
      resolve(has());
    };
    const timer = setTimeout(done, 1000);
    speech.addEventListener('voiceschanged', done);
  });
}

/** Longest piece said at once: well under the contract's bound, and quick for espeak to render. */
const CHUNK = 600;

/**
 * A long text (a whole screen, a letter) in pieces that end at a sentence: the first is heard
 * sooner, and none passes what speech.say accepts.
 */
export function chunks(text: string, size = CHUNK): string[] {
  const sentences = text.match(/[^.!?…]+[.!?…]*\s*/g) ?? [text];
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > size) {
      out.push(current.trim());
      current = '';
    }
    // A single sentence longer than a piece is cut at a space.
    let rest = sentence;
    while (rest.length > size) {
      const cut = rest.lastIndexOf(' ', size) > 0 ? rest.lastIndexOf(' ', size) : size;
      out.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut);
    }
    current += rest;
  }
  if (current.trim()) out.push(current.trim());
  return out.filter(Boolean);
}

/**
 * The config's engine, made concrete on this machine for the interface's language. `renders` is
 * main's engine under this config (main chose between the espeak-ng program and its WebAssembly
 * build); the platform's voice comes first under `auto`, as the operating system's own.
 */
export async function resolveVoice(
  engine: SpeechEngine,
  renders: MainSpeechEngine | null,
  lang: string,
): Promise<Voice> {
  if (engine === 'off') return 'none';
  if (engine === 'platform') return synthesis() ? 'platform' : 'none';
  if (engine === 'auto' && (await platformHasVoice(lang))) return 'platform';
  return renders ? 'main' : 'none';
}

/**
 * Plays utterances one at a time. A newer one cuts the current one unless queued. Main's WAVs
 * are played from memory (a blob: URL, released when played or stopped): nothing is written.
 * Calls go straight through the bridge: each utterance replaces the one before, which neither
 * useKioskCall (drops a second call) nor useKioskQuery (data shown) is for.
 */
export function createSpeaker(api: RendererKioskApi, voice: Voice): Speaker {
  const queue: { text: string; options: SayOptions }[] = [];
  let audio: HTMLAudioElement | undefined;
  let url: string | undefined;
  let busy = false;
  let serial = 0;

  const release = () => {
    audio?.pause();
    audio = undefined;
    if (url) URL.revokeObjectURL(url);
    url = undefined;
  };
  const finished = (mine: number) => {
    if (mine !== serial) return;
    busy = false;
    release();
    const next = queue.shift();
    if (next) start(next.text, next.options);
  };
  const start = (text: string, options: SayOptions) => {
    busy = true;
    const mine = ++serial;
    if (voice === 'platform') {
      const speech = synthesis();
      if (!speech) return finished(mine);
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = options.lang === 'fr' ? 'fr-FR' : options.lang;
      utterance.rate = options.rate;
      utterance.volume = options.volume;
      utterance.onend = () => finished(mine);
      utterance.onerror = () => finished(mine);
      speech.speak(utterance);
      return;
    }
    void api.call('speech.say', { text, lang: options.lang, rate: options.rate }).then((result) => {
      if (mine !== serial) return;
      if (!result.ok || result.value.kind === 'none') return finished(mine);
      const bytes = Uint8Array.from(atob(result.value.base64), (c) => c.charCodeAt(0));
      url = URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
      audio = new Audio(url);
      audio.volume = options.volume;
      audio.onended = () => finished(mine);
      audio.onerror = () => finished(mine);
      audio.play().catch(() => finished(mine));
    });
  };
  const stop = () => {
    queue.length = 0;
    serial += 1;
    busy = false;
    release();
    synthesis()?.cancel();
  };
  return {
    say(text, options) {
      if (voice === 'none' || !text.trim()) return;
      const pieces = chunks(text).map((piece) => ({ text: piece, options }));
      if (!(options.queue && busy)) stop();
      queue.push(...pieces);
      if (!busy) {
        const first = queue.shift();
        if (first) start(first.text, first.options);
      }
    },
    stop,
    pause() {
      audio?.pause();
      if (voice === 'platform') synthesis()?.pause();
    },
    resume() {
      void audio?.play().catch(() => undefined);
      if (voice === 'platform') synthesis()?.resume();
    },
  };
}
