import { css } from 'lit';

export const breathingStyles = css`
  .base {
    display: grid;
    /* One column no wider than the element, however long a translated word is. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  .activity {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 0.75);
    text-align: center;
  }
  /* A block, not a grid item, around the stage: only then is the stage a layout root. It is as wide
     as the activity, so the stage's percentages below are of the width the element is given. */
  .guide {
    justify-self: stretch;
  }
  .stage {
    display: grid;
    place-items: center;
    margin-inline: auto;
    /* As large as the width and, beside the words and buttons under it, the screen allow (sized
       from the width and the screen, never from a container query around the whole activity: one
       would restyle every control in it whenever anything in it is laid out). */
    inline-size: min(100%, var(--calm-breathing-size, min(86%, 60svh, 36rem)));
    aspect-ratio: 1;
    /* The words inside are sized from the guide (cqi below means the stage's width). */
    container-type: inline-size;
    /* A phase change lays out, restyles and repaints only what is inside the stage. */
    contain: strict;
    /* The dot's diameter; the ring is inset by half of it so the dot never leaves the stage. */
    --_dot: max(0.75rem, 4cqi);
  }
  .stage > *,
  .stage::before {
    grid-area: 1 / 1;
  }
  /* What moves or fades is drawn on a layer of its own from the first screen on, as it is while a
     session runs: a tap on Start then changes only how the layers are put together (no repaint of
     the large shape), and the words changing once a phase repaint only themselves. */
  .pace,
  .shape,
  .words {
    will-change: transform, opacity;
  }
  /* The ring stands still; only the dot's carrier above it turns, once in each phase. */
  .stage::before,
  .pace {
    content: '';
    inline-size: calc(100% - var(--_dot));
    block-size: calc(100% - var(--_dot));
    border-radius: 50%;
  }
  .stage::before {
    box-sizing: border-box;
    border: var(--_border-width) solid var(--_border);
    opacity: 0.9;
  }
  .pace::before {
    content: '';
    display: block;
    inline-size: var(--_dot);
    aspect-ratio: 1;
    margin: 0 auto;
    border-radius: 50%;
    background: var(--_accent);
    translate: 0 -50%;
  }
  .idle::before,
  .complete::before,
  .idle .pace,
  .complete .pace {
    opacity: 0.4;
  }
  /* Layers, each painted once: a light heart fading to a soft edge, and an inner line. */
  .shape {
    display: grid;
    inline-size: 84%;
    block-size: 84%;
    border: 3px solid var(--_accent);
    border-radius: 50%;
    background: radial-gradient(closest-side, var(--_surface-raised) 30%, var(--_accent-soft));
    transform: scale(0.6);
    opacity: 0.85;
  }
  .shape::before,
  .fill {
    grid-area: 1 / 1;
    border-radius: 50%;
  }
  .shape::before {
    content: '';
    margin: 14%;
    border: 2px solid var(--_accent);
    opacity: 0.3;
  }
  /* Under reduced motion the shape stands still and this glow brightens in and fades out. */
  .fill {
    background: radial-gradient(closest-side, transparent 74%, var(--_accent) 84% 88%, transparent 98%);
    opacity: 0;
  }
  /* Under reduced motion nothing travels round the ring (and what is not shown needs no layer). */
  .stage.still .pace {
    visibility: hidden;
    will-change: auto;
  }
  .stage.still .shape {
    transform: scale(0.86);
    opacity: 1;
  }
  .words {
    /* Above the shape, whose transform and opacity would otherwise paint over the words. */
    position: relative;
    /* Inside the shape at its smallest (60 % of 84 %), so a word never touches its edge. */
    max-inline-size: 40cqi;
  }
  /*
   * The phase words' font, ready before Start: one unseen space in it (see .phase), out of the flow
   * and of the accessibility tree. Without it the browser sets up that font inside the tap on Start
   * (a few milliseconds on a cheap tablet).
   */
  .words::after {
    content: '\\a0';
    position: absolute;
    visibility: hidden;
  }
  /* Before and after a session the shape rests full, so the welcome words fit inside it. */
  .stage.idle .shape,
  .stage.complete .shape {
    transform: none;
    opacity: 1;
  }
  /* The welcome and closing words are wider than the inner line, so it rests hidden then. */
  .idle .shape::before,
  .complete .shape::before {
    opacity: 0;
  }
  .idle .words,
  .complete .words {
    max-inline-size: 52cqi;
  }
  .idle .phase,
  .complete .phase {
    font-size: clamp(1rem, 5cqi, 1.5rem);
  }
  .phase,
  .words::after {
    font-size: clamp(0.9375rem, 6.5cqi, 2.25rem);
    font-weight: 600;
  }
  .phase {
    margin: 0;
    line-height: 1.15;
  }
  .count {
    margin: 0.15em 0 0;
    color: var(--_muted);
    font-size: clamp(0.8125rem, 4.5cqi, 1.25rem);
    line-height: 1.3;
  }
  /* A block, not a grid item, around "Breath 2 of 4", so the line below can be a layout root. */
  .tally {
    justify-self: stretch;
  }
  /*
   * One line of words and the bar, in a box of its own fixed height: the words changing once a
   * breath lay out this box alone. It keeps its place (unseen) before and after a session, so a
   * tap on Start moves nothing above the buttons and Pause appears where Start was, under the finger.
   */
  .progress {
    display: grid;
    gap: 0.25em;
    margin: 0 auto;
    color: var(--_muted);
    inline-size: min(100%, 16rem);
    block-size: 3em;
    block-size: calc(1lh + 0.25em + 1em);
    contain: size layout style;
  }
  /* "Breath 1 of 4" before and after a session: in place, but unseen and unread. */
  .progress.waiting {
    visibility: hidden;
  }
  /* Stop is there before and after a session, not shown: "Start again" keeps the whole line. */
  .stop.waiting {
    display: none;
  }
  .count-of {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  progress {
    inline-size: 100%;
    block-size: 1em;
    accent-color: var(--_accent);
  }
  /* Start (then Pause) in the middle and Stop beside it: Pause stays where Start was while the line has room. */
  .controls {
    display: grid;
    justify-self: stretch;
    /* Stop's column is never narrower than its word, so Pause moves aside rather than Stop overflow. */
    grid-template-columns: 1fr auto minmax(max-content, 1fr);
    gap: calc(var(--_space) * 0.5);
  }
  .controls .primary {
    grid-column: 2;
  }
  /* One word in every language: never broken in two when Pause beside it is long. */
  .controls .stop {
    justify-self: start;
    white-space: nowrap;
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
  }
  @media (forced-colors: active) {
    .shape,
    .stage::before {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    .shape::before {
      border-color: CanvasText;
    }
    .pace::before {
      background: Highlight;
    }
    .fill {
      background: radial-gradient(closest-side, transparent 80%, Highlight 81% 91%, transparent 92%);
    }
  }
`;
