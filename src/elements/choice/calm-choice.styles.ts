import { css } from 'lit';

export const choiceStyles = css`
  .base {
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  .title {
    margin: 0;
    font-size: 1.5em;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 3), minmax(0, 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .per-4 {
    --_columns: 2;
  }
  /* Two columns where three would break a word in half ("Head-pho-nes"): by the board's own width. */
  @container (max-width: 30rem) {
    .per-6 .cards,
    .per-9 .cards {
      --_columns: 2;
    }
    .cards .card {
      padding-inline: 0.25em;
      font-size: 1.05em;
    }
  }
  .card {
    inline-size: 100%;
    block-size: 100%;
    flex-direction: column;
    gap: 0.4em;
    padding: var(--_space) 0.5em;
    font-size: 1.2em;
    overflow-wrap: anywhere;
    --_picture-size: clamp(3rem, 14vw, 6rem);
  }
  .card.help-card {
    border-color: var(--_help);
  }
  .paging {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .paging p {
    margin: 0;
  }
  /* The "show me" card fills the screen, to hold up to an adult. */
  dialog {
    inline-size: 100vw;
    block-size: 100dvh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: var(--_space);
    border: 0;
    background: var(--_surface);
    color: var(--_text);
  }
  dialog[open] {
    display: grid;
    grid-template-rows: auto 1fr auto;
    justify-items: center;
    align-items: center;
    text-align: center;
  }
  dialog::backdrop {
    background: var(--_surface);
  }
  .show-picture {
    --_picture-size: min(60vw, 45dvh);
  }
  .show-need {
    margin: 0;
    font-size: 1.5em;
    color: var(--_muted);
  }
  .show-words {
    margin: 0;
    font-size: clamp(2rem, 9vw, 4.5rem);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .show-controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_space);
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
  }
`;
