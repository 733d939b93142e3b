import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Marks where focus moved to a heading came from, so the heading shows a focus ring to a person
 * using a keyboard and none to a person who tapped (SPEC §1.4: focus moves to a new screen's
 * heading, `tabindex="-1"`, for screen readers). Browsers disagree on `:focus-visible` for focus
 * moved by script after a tap on something that cannot take focus (the kiosk's welcome screen),
 * so calmkit keeps its own: the last input on the page was a key or a pointer.
 *
 * Owns: one `keydown` and one `pointerdown` listener on the window (shared by every element,
 * added when the first one connects), and a `focusin` listener on its host that sets or clears
 * `data-key-focus` on a focused `tabindex="-1"` element. The ring itself is in styles/shared.ts.
 * Does not move focus.
 */
let lastInputWasKey = true;
let watchingPage = false;

function watchPage(): void {
  if (watchingPage) return;
  watchingPage = true;
  const options = { capture: true, passive: true };
  window.addEventListener('keydown', () => (lastInputWasKey = true), options);
  window.addEventListener('pointerdown', () => (lastInputWasKey = false), options);
}

export class FocusOriginController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  #onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target.getAttribute('tabindex') === '-1') target.toggleAttribute('data-key-focus', lastInputWasKey);
  };

  hostConnected(): void {
    watchPage();
    this.host.addEventListener('focusin', this.#onFocusIn);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.#onFocusIn);
  }
}
