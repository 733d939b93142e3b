import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks a media query live (e.g. reduced motion) and re-renders the host when it flips. */
export class MediaQueryController implements ReactiveController {
  matches = false;
  #list: MediaQueryList;
  #onChange = (): void => {
    this.matches = this.#list.matches;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    query: string,
  ) {
    this.#list = window.matchMedia(query);
    this.matches = this.#list.matches;
    host.addController(this);
  }

  hostConnected(): void {
    this.matches = this.#list.matches;
    this.#list.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#list.removeEventListener('change', this.#onChange);
  }
}
