import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks a media query live (e.g. reduced motion) and re-renders the host when it flips. The
 * query is first asked when the host connects, never in the constructor: a server (Lit SSR)
 * constructs elements without a window and renders as if the query did not match.
 */
export class MediaQueryController implements ReactiveController {
  matches = false;
  #list: MediaQueryList | undefined;
  #onChange = (): void => {
    this.matches = this.#list?.matches ?? false;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#list ??= window.matchMedia(this.query);
    this.matches = this.#list.matches;
    this.#list.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#list?.removeEventListener('change', this.#onChange);
  }
}
