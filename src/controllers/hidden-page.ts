import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An activity that runs and pauses: `<calm-timer>`, `<calm-breathing>`. */
type PausableHost = ReactiveControllerHost & { readonly state: string };

/**
 * Pauses a running activity while the page is hidden (another tab, a locked tablet) and
 * continues it when the page is shown again, where it was (SPEC §1.8). A pause the person chose
 * stays a pause.
 *
 * Owns: one `visibilitychange` listener on the document while the host is connected, and knowing
 * whether the pause now is the hidden page's. Does not own: pausing and continuing — the host's
 * callbacks, which announce, silence cues and fire `calm-pause`/`calm-resume` with reason
 * `hidden` — nor the end of that pause otherwise: the host calls `forget()` when the person
 * continues, the activity ends or it is reset.
 */
export class HiddenPageController implements ReactiveController {
  #pausedByHiddenPage = false;

  constructor(
    private readonly host: PausableHost,
    private readonly pause: () => void,
    private readonly resume: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }

  forget(): void {
    this.#pausedByHiddenPage = false;
  }

  #onVisibilityChange = (): void => {
    if (document.hidden) {
      if (this.host.state !== 'running') return; // a person's own pause stays a pause
      this.pause();
      this.#pausedByHiddenPage = (this.host.state as string) === 'paused'; // not when it had just ended
    } else if (this.#pausedByHiddenPage) {
      this.resume();
    }
  };
}
