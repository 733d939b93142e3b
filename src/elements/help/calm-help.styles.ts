import { css } from 'lit';

export const helpStyles = css`
  /* The button sits on the page's (or the activity's) own background unless a theme is asked for. */
  :host(:not([theme]):not([variant='panel']):not([variant='inline'])) {
    background: none;
  }
  /* One help control for the whole page, kept in view; a soft shadow lifts it off the page. */
  :host([pinned]:not([variant='panel']):not([variant='inline'])) {
    position: fixed;
    inset-block-end: max(var(--calm-pinned-inset, 1rem), env(safe-area-inset-bottom));
    inset-inline-start: var(--calm-pinned-inset, 1rem);
    z-index: 2147483000;
  }
  :host([pinned]) .open {
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.3);
  }
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .variant-panel .panel {
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    margin: 0;
    font-size: var(--_text-title);
    line-height: 1.25;
  }
  .intro,
  .emergency,
  .grown-up,
  .chooser,
  .details,
  .find {
    margin: 0;
  }
  .emergency,
  .chooser,
  .grown-up {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    font-weight: 600;
  }
  /* Danger: the emergency call is the first and largest action. */
  .emergency.first,
  .grown-up {
    font-size: 1.15em;
  }
  .emergency.first .links,
  .emergency.first .link {
    flex: 1 1 100%;
    min-height: calc(var(--_target) * 1.3);
  }
  select {
    max-width: 100%;
  }
  .details {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .contacts {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contact {
    display: grid;
    gap: 0.35em;
    padding: calc(var(--_space) * 0.75);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .name {
    margin: 0;
    font-size: 1.05em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* "(For veterans)" and the number run on in the link's words, never a column of their own;
     the number stays whole ("(For veterans)" may wrap between its words, never before ")"). */
  .for,
  .number {
    display: contents;
  }
  .number {
    white-space: nowrap;
  }
  .for {
    font-weight: 400;
  }
  dialog {
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .exit-row,
  .actions {
    display: flex;
    justify-content: flex-end;
    margin: 0 0 var(--_space);
  }
  .actions {
    margin: var(--_space) 0 0;
  }
  .variant-inline .panel {
    gap: 0.5em;
  }
  .variant-inline .title {
    font-size: 1.1em;
  }
  .variant-inline .intro {
    display: none;
  }
  .variant-inline .contacts {
    display: flex;
    flex-wrap: wrap;
  }
  .variant-inline .contact {
    padding: 0;
    border: 0;
    background: none;
  }
  @media (forced-colors: active) {
    dialog,
    .contact,
    .variant-panel .panel {
      border: 2px solid CanvasText;
    }
  }
`;
