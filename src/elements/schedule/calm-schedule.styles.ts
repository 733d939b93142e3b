import { css } from 'lit';

export const scheduleStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  /* The heading, the items and "All done" each get room: the dashed line never touches a card. */
  .group {
    display: grid;
    gap: var(--_space);
  }
  .heading {
    margin: 0;
    font-size: 1.1em;
  }
  .items {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list .items {
    grid-template-columns: 1fr;
    max-inline-size: 40rem;
  }
  .item {
    display: grid;
    justify-items: center;
    align-content: start;
    gap: 0.4em;
    padding: calc(var(--_space) * 0.75);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    text-align: center;
    /* The picture grows with its card: a wide first–then card shows it large. */
    container-type: inline-size;
    --_picture-size: clamp(5.5rem, 35cqi, 9rem);
  }
  /* A thicker edge drawn inside: the current card's words stay level with the others'. */
  .item.current {
    border-color: var(--_accent);
    outline: 2px solid var(--_accent);
    outline-offset: -3px;
  }
  .list .item {
    grid-template-columns: auto 1fr auto;
    align-items: center;
    justify-items: start;
    text-align: start;
    --_picture-size: 3rem;
  }
  /* A phone's row keeps a word like "Playground" whole: a little less around Done, a little smaller words. */
  .list .label {
    font-size: 1.1em;
  }
  .list .button {
    padding-inline: 0.8em;
  }
  .when {
    margin: 0;
    font-weight: 700;
    color: var(--_muted);
  }
  .label {
    margin: 0;
    font-size: 1.2em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .done-area {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding-block-start: var(--_space);
    border-block-start: var(--_border-width) dashed var(--_border);
  }
  .done-list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
    --_picture-size: 2rem;
  }
  .done-list li {
    display: flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.2em 0.6em;
    border-radius: var(--_radius);
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .finished {
    margin: 0;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .item.current {
      border-color: Highlight;
      outline-color: Highlight;
    }
  }
`;
