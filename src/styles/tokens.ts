import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens. Public tokens are `--calm-*` custom properties a host sets anywhere above the
 * element; inside, each is read once into a private `--_*` property with the theme's default.
 * Each palette is written once and applied by `theme` or, without one, by the system setting.
 * Every text colour meets WCAG AA (4.5:1) on its surface (7:1 in the contrast theme); borders
 * and focus rings meet 3:1. The roles: `surface` behind everything, `surface-raised` for cards
 * and buttons, `accent` for the one main action, `selected` for a chosen answer (a fill, always
 * with a check mark), `help` for "Get help now" (rust, rounded) and `exit` for "Exit this page"
 * (ink, square, a door): help and exit never share a colour. The Design page in Storybook
 * (stories/docs/design.mdx) shows them with their ratios.
 *
 * Colours are set per theme, so a brand chosen for a light page never puts light text on a light
 * surface in dark mode: `--calm-light-color-*` (or the short `--calm-color-*`) for the light
 * theme, `--calm-dark-color-*` for the dark theme. The contrast theme keeps its own colours
 * whatever the page sets: it is there for people who need them.
 */
export const palettes = {
  light: {
    surface: '#f9f6f1',
    'surface-raised': '#fffdf9',
    text: '#1f2a30',
    muted: '#4a5861',
    accent: '#2f6f73',
    'accent-text': '#ffffff',
    'accent-soft': '#dcecea',
    help: '#8a3b12',
    'help-text': '#ffffff',
    exit: '#2b3a42',
    'exit-text': '#ffffff',
    selected: '#cfe6e2',
    'selected-text': '#1f2a30',
    border: '#6b7a80',
    focus: '#1a5fb4',
  },
  dark: {
    surface: '#181c1f',
    'surface-raised': '#21272b',
    text: '#e8eef0',
    muted: '#b5c2c7',
    accent: '#7cc4c4',
    'accent-text': '#0b1a1c',
    'accent-soft': '#23393a',
    help: '#f0a36b',
    'help-text': '#1b0d03',
    exit: '#d5dee2',
    'exit-text': '#101619',
    selected: '#2e5153',
    'selected-text': '#e8eef0',
    border: '#8a9aa0',
    focus: '#8ab4f8',
  },
  contrast: {
    surface: '#ffffff',
    'surface-raised': '#ffffff',
    text: '#000000',
    muted: '#000000',
    accent: '#000000',
    'accent-text': '#ffffff',
    'accent-soft': '#ffffff',
    help: '#7a1f00',
    'help-text': '#ffffff',
    exit: '#000000',
    'exit-text': '#ffffff',
    selected: '#000000',
    'selected-text': '#ffffff',
    border: '#000000',
    focus: '#0000cc',
  },
} as const;

export type ThemeName = keyof typeof palettes;
export const THEMES = Object.keys(palettes) as ThemeName[];
export type ColorToken = keyof (typeof palettes)['light'];

/** The public colour tokens, e.g. `--calm-color-accent`, `--calm-dark-color-accent`. */
export const colorTokens = Object.keys(palettes.light).flatMap((name) => [`--calm-color-${name}`, `--calm-light-color-${name}`, `--calm-dark-color-${name}`]);

/** The host tokens a theme reads, first wins: none for contrast. */
const hostTokens: Record<ThemeName, readonly string[]> = {
  light: ['--calm-light-color-', '--calm-color-'],
  dark: ['--calm-dark-color-'],
  contrast: [],
};

function palette(theme: ThemeName): CSSResult {
  const lines = Object.entries(palettes[theme]).map(
    ([name, value]) => `--_${name}: ${hostTokens[theme].reduceRight((fallback, prefix) => `var(${prefix}${name}, ${fallback})`, value)};`,
  );
  return unsafeCSS(lines.join('\n'));
}

/**
 * Type scale, in em of the element's font size: one `title` per screen (the thing that matters),
 * `lead` for a question or a card's name, `small` for hints. System fonts only, never fetched.
 */
export const typeScale = { small: 0.9, body: 1, lead: 1.15, title: 1.5 } as const;

/** Spacing rhythm: multiples of `--calm-space` (1rem), from a gap between words to a screen's margin. */
export const spaceRhythm = [0.25, 0.5, 0.75, 1, 1.5, 2] as const;

/** One easing for every short transition: starts gently and settles, never bounces. */
export const easing = 'cubic-bezier(0.33, 0, 0.2, 1)';

export const tokens = css`
  :host {
    ${palette('light')}
    --_radius: var(--calm-radius, 16px);
    --_space: var(--calm-space, 1rem);
    --_font: var(--calm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--calm-font-size, 1rem);
    --_text-small: ${typeScale.small}em;
    --_text-lead: ${typeScale.lead}em;
    --_text-title: ${typeScale.title}em;
    --_ease: ${unsafeCSS(easing)};
    --_target: var(--calm-target-size, 44px);
    --_border-width: 1px;
    --_focus-width: 3px;
    --_duration: var(--calm-motion-duration, 200ms);
    /* A pictogram's size (src/elements/picture.ts); each element sets its own where it shows one. */
    --_picture-size: 4rem;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme])) {
      ${palette('dark')}
    }
  }
  @media (prefers-contrast: more) {
    :host(:not([theme])) {
      ${palette('contrast')}
      --_border-width: 2px;
    }
  }
  :host([theme='light']) {
    ${palette('light')}
  }
  :host([theme='dark']) {
    ${palette('dark')}
  }
  :host([theme='contrast']) {
    ${palette('contrast')}
    --_border-width: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
  :host([motion='reduce']) {
    --_duration: 0ms;
  }
`;
