import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Marks where focus moved to a heading came from, so the heading shows a focus ring to a person
 * using a keyboard and none to a person who tapped (SPEC §1.4: focus moves to a new screen's
 * heading, `tabindex="-1"`, for screen readers). Browsers disagree on `:focus-visible` for focus
 * moved by script after a tap on something that cannot take focus (the kiosk's welcome screen),
 * so calmkit keeps its own: the last input on the page was a key or a pointer.
 *
 * Owns: one `keydown`, one `pointerdown` and one `focusin` listener on the window, shared by
 * every element and added when the first one connects; `focusin` sets `data-key-focus` on a
 * focused `tabindex="-1"` element after a key press and clears it after a pointer. The ring
 * itself is in styles/shared.ts. Does not move focus.
 */
let lastInputWasKey = true;
let watching = false;

export class FocusOriginController implements ReactiveController {
  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (watching) return;
    watching = true;
    const options = { capture: true, passive: true };
    window.addEventListener('keydown', () => (lastInputWasKey = true), options);
    window.addEventListener('pointerdown', () => (lastInputWasKey = false), options);
    // Focus inside a shadow root reaches the window from its host; its path starts at the element.
    window.addEventListener(
      'focusin',
      (event) => {
        const target = event.composedPath()[0];
        if (target instanceof HTMLElement && target.getAttribute('tabindex') === '-1') target.toggleAttribute('data-key-focus', lastInputWasKey);
      },
      options,
    );
  }
}
