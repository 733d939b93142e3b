import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PhaseKind } from '../content/patterns.js';

/** The cues a host can list in `cues="tone voice haptic"`. */
export type CueKind = 'tone' | 'voice' | 'haptic';
export const CUE_KINDS: readonly CueKind[] = ['tone', 'voice', 'haptic'];

/** What one phase sounds and feels like; every value here is a design choice, kept in one place. */
const TONE = { low: 196, high: 294, peakGain: 0.08, attackS: 0.25, maxS: 4 } as const;
/** One pulse for breathing in, two for breathing out (CONTENT.md), so the two differ by feel. */
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
    const start = audio.currentTime;
    const end = start + seconds;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(from, start);
    oscillator.frequency.linearRampToValueAtTime(to, end);
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
