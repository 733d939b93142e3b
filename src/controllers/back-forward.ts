import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `hidden`: the page is going into the back/forward cache; `restored`: it came back from it. */
export type BackForwardMoment = 'hidden' | 'restored';

const controllers = new Set<BackForwardController>();
let listening = false;

function onPageTransition(event: PageTransitionEvent): void {
  if (!event.persisted) return;
  const moment: BackForwardMoment = event.type === 'pagehide' ? 'hidden' : 'restored';
  for (const controller of [...controllers]) controller.forget(moment);
}

/**
 * Forgets what a person typed or chose when the page goes into, or comes back from, the
 * back/forward cache (SPEC §1.10), so whoever presses Back or Forward next does not see it, even
 * with `Cache-Control: no-store` ignored. One pair of window listeners serves every element,
 * added when the first element connects (nothing runs at import).
 *
 * Owns: noticing the moment. Does not own: what to forget — the element's `forget` callback
 * (usually its `reset()`), called on both moments.
 */
export class BackForwardController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    readonly forget: (moment: BackForwardMoment) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!listening) {
      listening = true;
      window.addEventListener('pagehide', onPageTransition);
      window.addEventListener('pageshow', onPageTransition);
    }
    controllers.add(this);
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }
}
