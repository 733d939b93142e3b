import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PhaseKind } from '../content/patterns.js';
import { warnOnce } from '../attributes.js';

/** The cues a host can list in `cues="tone voice haptic"`. */
export type CueKind = 'tone' | 'voice' | 'haptic';
export const CUE_KINDS: readonly CueKind[] = ['tone', 'voice', 'haptic'];

/** The cues in a `cues` attribute that `accepted` allows; one warning names any others. */
export function parseCues(element: Element, value: unknown, accepted: readonly CueKind[]): Set<CueKind> {
  const words = typeof value === 'string' ? value.toLowerCase().split(/\s+/).filter(Boolean) : [];
  const invalid = words.filter((word) => !(accepted as readonly string[]).includes(word));
  if (invalid.length > 0 || (value != null && typeof value !== 'string')) {
    const shown = typeof value === 'string' ? invalid.map((word) => `"${word.slice(0, 30)}"`).join(', ') : `(${typeof value})`;
    warnOnce(element, `cues=${shown}`, `cues contains ${shown}, which is not valid; accepted values: ${accepted.join(', ')} (space-separated). Ignoring it.`);
  }
  return new Set(words.filter((word) => !invalid.includes(word)) as CueKind[]);
}

/** What one phase sounds and feels like; every value here is a design choice, kept in one place. */
const TONE = { low: 196, high: 294, peakGain: 0.08, attackS: 0.25, maxS: 4 } as const;
/** One pulse for breathing in, two for breathing out (CONTENT.md), so the two differ by feel. */
/** The timer's end: a soft falling pair of notes (G4, D4). */
const CHIME = [392, 294];
const PULSES: Partial<Record<PhaseKind, number[]>> = { inhale: [180], 'top-up': [90], exhale: [120, 120, 120] };

type AudioContextClass = typeof AudioContext;
/** Browser APIs that some browsers lack (typed as optional, which the DOM types do not). */
const optional = () =>
  ({ window, navigator }) as unknown as {
    window: { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass; speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };
    navigator: { vibrate?: Navigator['vibrate']; userActivation?: UserActivation };
  };

/** Nothing may start by itself (autoplay, vibration) before the person has touched the page. */
function hasUserGesture(sticky: boolean): boolean {
  const activation = optional().navigator.userActivation;
  if (!activation) return true;
  return sticky ? activation.hasBeenActive : activation.isActive;
}

/**
 * Cues that work with eyes closed (SPEC §3 `<calm-breathing>`): a synthesised tone that rises
 * while breathing in and falls while breathing out (Web Audio; no files), the phase word spoken
 * in the element's language (`speechSynthesis`), and vibration (one pulse in, two out). Each is
 * skipped silently where the browser lacks it. The person's switches (`sound`, `vibration`)
 * win over the host's list. Audio is created only during a user gesture (`unlock()`).
 */
export class CuesController implements ReactiveController {
  /** The cues the host asked for. */
  kinds: ReadonlySet<CueKind> = new Set();
  /** The person's switches in the element. */
  sound = true;
  vibration = true;
  #audio: AudioContext | undefined;
  #playing = new Set<OscillatorNode>();
  #spoke = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether the host listed any cue that makes sound, so the element shows a Sound switch. */
  get hasSound(): boolean {
    return this.kinds.has('tone') || this.kinds.has('voice');
  }

  /** Whether the host listed vibration and this device can vibrate. */
  get hasVibration(): boolean {
    return this.kinds.has('haptic') && typeof optional().navigator.vibrate === 'function';
  }

  /** Call from a click or key press: creates or wakes the audio output browsers allow only then. */
  unlock(): void {
    if (!this.sound || !this.kinds.has('tone') || !hasUserGesture(false)) return;
    try {
      const { AudioContext: Standard, webkitAudioContext } = optional().window;
      const Context = Standard ?? webkitAudioContext;
      if (!Context) return;
      this.#audio ??= new Context();
      if (this.#audio.state === 'suspended') void this.#audio.resume().catch(() => undefined);
    } catch {
      this.#audio = undefined;
    }
  }

  /** Plays the cues for a phase just entered. `words` is the phase said aloud, e.g. "Breathe in". */
  phase(kind: PhaseKind, durationMs: number, words: string, language: string): void {
    if (this.sound && this.kinds.has('tone')) this.#tone(kind, durationMs);
    if (this.sound && this.kinds.has('voice')) this.#speak(words, language);
    if (this.vibration && this.kinds.has('haptic')) this.#vibrate(kind);
  }

  /** Says `words` in `language` now (the choice board's cards), whatever the host's cue list. */
  say(words: string, language: string): void {
    this.#speak(words, language);
  }

  /** A timer's gentle end: two soft notes and two short pulses, each only if turned on. Never an alarm. */
  chime(): void {
    if (this.sound && this.kinds.has('tone')) {
      const audio = this.#audio;
      if (audio && audio.state !== 'closed') CHIME.forEach((pitch, i) => this.#note(audio, pitch, audio.currentTime + i * 0.45, 1.6));
    }
    if (this.vibration && this.hasVibration && hasUserGesture(true)) navigator.vibrate([150, 120, 150]);
  }

  /** Stops whatever is sounding or vibrating now (pause, stop, switching sound off). */
  silence(): void {
    for (const oscillator of this.#playing) {
      try {
        oscillator.stop();
      } catch {
        /* already stopped */
      }
    }
    this.#playing.clear();
    if (this.#spoke) optional().window.speechSynthesis?.cancel();
    this.#spoke = false;
    if (this.hasVibration && hasUserGesture(true)) navigator.vibrate(0);
  }

  hostDisconnected(): void {
    this.silence();
    void this.#audio?.close().catch(() => undefined);
    this.#audio = undefined;
  }

  #tone(kind: PhaseKind, durationMs: number): void {
    const audio = this.#audio;
    if (!audio || audio.state === 'closed') return;
    const glide: Partial<Record<PhaseKind, [number, number]>> = { inhale: [TONE.low, TONE.high], 'top-up': [TONE.high, TONE.high * 1.12], exhale: [TONE.high, TONE.low] };
    const pitch = glide[kind];
    if (!pitch) return; // holds and rests are quiet
    const [from, to] = pitch;
    const seconds = Math.min(durationMs / 1000, TONE.maxS);
    const oscillator = this.#note(audio, from, audio.currentTime, seconds);
    oscillator.frequency.linearRampToValueAtTime(to, audio.currentTime + seconds);
  }

  /** One soft sine note that swells and fades over `seconds`. */
  #note(audio: AudioContext, pitch: number, start: number, seconds: number): OscillatorNode {
    const end = start + seconds;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(pitch, start);
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(TONE.peakGain, start + Math.min(TONE.attackS, seconds / 3));
    gain.gain.linearRampToValueAtTime(0, end);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.onended = () => {
      this.#playing.delete(oscillator);
      gain.disconnect();
    };
    this.#playing.add(oscillator);
    oscillator.start(start);
    oscillator.stop(end);
    return oscillator;
  }

  #speak(words: string, language: string): void {
    const { speechSynthesis, SpeechSynthesisUtterance: Utterance } = optional().window;
    if (!speechSynthesis || !Utterance) return;
    const voices = speechSynthesis.getVoices();
    const voice = voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === language);
    // A list without this language means the words would be read in a wrong accent: stay quiet.
    if (voices.length > 0 && !voice) return;
    const utterance = new Utterance(words);
    utterance.lang = language;
    if (voice) utterance.voice = voice;
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
    this.#spoke = true;
  }

  #vibrate(kind: PhaseKind): void {
    const pattern = PULSES[kind];
    if (!pattern || !this.hasVibration || !hasUserGesture(true)) return;
    navigator.vibrate(pattern);
  }
}
