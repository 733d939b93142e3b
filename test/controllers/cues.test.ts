import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/breathing/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import type { CalmBreathing } from '../../src/elements/breathing/calm-breathing.js';
import { useClock } from '../../src/engine/clock.js';
import { FakeClock } from '../../src/engine/fake-clock.js';

/** Replaces a browser API for one test; the returned function puts the original back. */
function replace(target: object, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else Reflect.deleteProperty(target, key);
  };
}

interface FakeOscillator {
  type: string;
  ramps: number[];
  started: boolean;
  stopped: number;
}

/** Records what the element asks Web Audio to play, and plays nothing. */
class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  state: AudioContextState = 'running';
  currentTime = 0;
  destination = {};
  oscillators: FakeOscillator[] = [];
  closed = false;
  constructor() {
    FakeAudioContext.made.push(this);
  }
  resume(): Promise<void> {
    this.state = 'running';
    return Promise.resolve();
  }
  close(): Promise<void> {
    this.closed = true;
    this.state = 'closed';
    return Promise.resolve();
  }
  createGain() {
    const param = { setValueAtTime() {}, linearRampToValueAtTime() {} };
    return { gain: param, connect: (next: unknown) => next, disconnect() {} };
  }
  createOscillator() {
    const record: FakeOscillator = { type: '', ramps: [], started: false, stopped: 0 };
    this.oscillators.push(record);
    const frequency = {
      setValueAtTime: (v: number) => record.ramps.push(v),
      linearRampToValueAtTime: (v: number) => record.ramps.push(v),
    };
    return {
      set type(value: string) {
        record.type = value;
      },
      frequency,
      onended: null,
      connect: (next: unknown) => next,
      start: () => {
        record.started = true;
      },
      stop: () => {
        record.stopped++;
      },
    };
  }
}

class FakeUtterance {
  lang = '';
  voice: unknown = null;
  constructor(public text: string) {}
}

describe('cues (tone, voice, haptic)', () => {
  let clock: FakeClock;
  const restores: (() => void)[] = [];
  let activation: { isActive: boolean; hasBeenActive: boolean };

  beforeEach(() => {
    clock = new FakeClock();
    restores.push(useClock(clock));
    FakeAudioContext.made = [];
    // A person has pressed something: browsers allow sound and vibration only after that.
    activation = { isActive: true, hasBeenActive: true };
    restores.push(replace(navigator, 'userActivation', activation));
  });
  afterEach(() => {
    while (restores.length) restores.pop()!();
  });

  async function startWith(template: ReturnType<typeof html>): Promise<CalmBreathing> {
    const el = await fixture<CalmBreathing>(template);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.primary')!.click();
    await el.updateComplete;
    return el;
  }
  const toggle = (el: CalmBreathing, which: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`.toggle.${which}`);

  describe('haptic', () => {
    let vibrate: sinon.SinonStub;
    beforeEach(() => {
      vibrate = sinon.stub().returns(true);
      restores.push(replace(navigator, 'vibrate', vibrate));
    });
    const pulses = (): unknown[] => vibrate.getCalls().map((call): unknown => call.args[0]).filter((pattern) => pattern !== 0);

    it('vibrates once on breathing in and twice on breathing out, nothing on holds', async () => {
      const el = await startWith(html`<calm-breathing pattern="box" cues="haptic"></calm-breathing>`);
      expect(pulses()).to.deep.equal([[180]]);
      clock.advance(4000);
      expect(pulses()).to.have.length(1);
      clock.advance(4000);
      expect(pulses()).to.deep.equal([[180], [120, 120, 120]]);
      el.stop();
    });

    it('the person can switch vibration off', async () => {
      const el = await startWith(html`<calm-breathing cues="haptic"></calm-breathing>`);
      const button = toggle(el, 'vibration')!;
      expect(button.getAttribute('aria-checked')).to.equal('true');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-checked')).to.equal('false');
      expect(vibrate.lastCall.args[0]).to.equal(0);
      clock.advance(4000);
      expect(pulses()).to.deep.equal([[180]]);
      await expect(el).to.be.accessible();
    });

    it('is off unless the host lists it, and never before the person has touched the page', async () => {
      await startWith(html`<calm-breathing></calm-breathing>`);
      activation.hasBeenActive = false;
      activation.isActive = false;
      const el = await startWith(html`<calm-breathing cues="haptic"></calm-breathing>`);
      clock.advance(4000);
      expect(pulses()).to.deep.equal([]);
      el.stop();
    });
  });

  it('haptic is skipped, and its switch hidden, where the device cannot vibrate', async () => {
    restores.push(replace(navigator, 'vibrate', undefined));
    const el = await startWith(html`<calm-breathing cues="haptic"></calm-breathing>`);
    expect(toggle(el, 'vibration')).to.equal(null);
    clock.advance(4000);
    expect(el.state).to.equal('running');
  });

  describe('tone', () => {
    beforeEach(() => restores.push(replace(window, 'AudioContext', FakeAudioContext)));

    it('rises while breathing in and falls while breathing out, with audio made only on a gesture', async () => {
      const el = await startWith(html`<calm-breathing cues="tone"></calm-breathing>`);
      expect(FakeAudioContext.made).to.have.length(1);
      const audio = FakeAudioContext.made[0]!;
      expect(audio.oscillators).to.have.length(1);
      const [inFrom, inTo] = audio.oscillators[0]!.ramps;
      expect(inTo).to.be.above(inFrom!);
      clock.advance(4000);
      expect(audio.oscillators).to.have.length(2);
      const [outFrom, outTo] = audio.oscillators[1]!.ramps;
      expect(outTo).to.be.below(outFrom!);
      expect(audio.oscillators.every((o) => o.type === 'sine' && o.started)).to.equal(true);
      el.remove();
      expect(audio.closed).to.equal(true);
    });

    it('makes no audio when started without a gesture (autostart)', async () => {
      activation.isActive = false;
      const el = await fixture<CalmBreathing>(html`<calm-breathing autostart cues="tone"></calm-breathing>`);
      clock.advance(4000);
      expect(el.state).to.equal('running');
      expect(FakeAudioContext.made).to.have.length(0);
    });

    it('the person can switch sound off, which silences it at once', async () => {
      const el = await startWith(html`<calm-breathing cues="tone voice"></calm-breathing>`);
      const audio = FakeAudioContext.made[0]!;
      toggle(el, 'sound')!.click();
      await el.updateComplete;
      expect(toggle(el, 'sound')!.getAttribute('aria-checked')).to.equal('false');
      expect(audio.oscillators[0]!.stopped).to.be.at.least(1);
      clock.advance(4000);
      expect(audio.oscillators).to.have.length(1);
    });

    it('pausing silences the tone', async () => {
      const el = await startWith(html`<calm-breathing cues="tone"></calm-breathing>`);
      el.pause();
      expect(FakeAudioContext.made[0]!.oscillators[0]!.stopped).to.be.at.least(1);
    });
  });

  describe('voice', () => {
    let spoken: FakeUtterance[];
    let available: boolean;
    beforeEach(() => {
      spoken = [];
      available = true;
      const synth = {
        getVoices: () => (available ? [{ lang: 'en-US', name: 'A' }, { lang: 'es-ES', name: 'B' }] : []),
        speak: (u: FakeUtterance) => spoken.push(u),
        cancel: () => {},
      };
      restores.push(replace(window, 'speechSynthesis', synth));
      restores.push(replace(window, 'SpeechSynthesisUtterance', FakeUtterance));
    });

    it('says each phase in the element language', async () => {
      const el = await startWith(html`<calm-breathing cues="voice"></calm-breathing>`);
      clock.advance(4000);
      expect(spoken.map((u) => [u.text, u.lang])).to.deep.equal([['Breathe in', 'en'], ['Breathe out', 'en']]);
      const es = await startWith(html`<calm-breathing lang="es" cues="voice"></calm-breathing>`);
      expect(spoken.at(-1)!.text).to.equal('Inhala');
      expect((spoken.at(-1)!.voice as { lang: string }).lang).to.equal('es-ES');
      el.stop();
      es.stop();
    });

    it('stays silent where there is no voice for the language', async () => {
      await startWith(html`<calm-breathing lang="fr" cues="voice"></calm-breathing>`);
      expect(spoken).to.deep.equal([]);
    });

    it('is skipped silently where speech is not available', async () => {
      restores.push(replace(window, 'speechSynthesis', undefined));
      const el = await startWith(html`<calm-breathing cues="voice"></calm-breathing>`);
      clock.advance(4000);
      expect(el.state).to.equal('running');
      expect(spoken).to.deep.equal([]);
    });
  });
});
