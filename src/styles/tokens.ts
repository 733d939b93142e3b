import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens. Public tokens are `--calm-*` custom properties a host sets anywhere above the
 * element; inside, each is read once into a private `--_*` property with the theme's default.
 * Each palette is written once and applied by `theme` or, without one, by the system setting.
 * Every text colour meets WCAG AA (4.5:1) on its surface; borders and focus rings meet 3:1.
 *
 * Colours are set per theme, so a brand chosen for a light page never puts light text on a light
 * surface in dark mode: `--calm-light-color-*` (or the short `--calm-color-*`) for the light
 * theme, `--calm-dark-color-*` for the dark theme. The contrast theme keeps its own colours
 * whatever the page sets: it is there for people who need them.
 */
export const palettes = {
  light: {
    surface: '#fbfaf7',
    'surface-raised': '#ffffff',
    text: '#1f2a30',
    muted: '#4a5861',
    accent: '#2f6f73',
    'accent-text': '#ffffff',
    'accent-soft': '#dcecea',
    help: '#8a3b12',
    'help-text': '#ffffff',
    border: '#6b7a80',
    focus: '#1a5fb4',
  },
  dark: {
    surface: '#14191c',
    'surface-raised': '#1e2529',
    text: '#e8eef0',
    muted: '#b5c2c7',
    accent: '#7cc4c4',
    'accent-text': '#0b1a1c',
    'accent-soft': '#23393a',
    help: '#f0a36b',
    'help-text': '#1b0d03',
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

export const tokens = css`
  :host {
    ${palette('light')}
    --_radius: var(--calm-radius, 12px);
    --_space: var(--calm-space, 1rem);
    --_font: var(--calm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--calm-font-size, 1rem);
    --_target: var(--calm-target-size, 44px);
    --_border-width: 1px;
    --_focus-width: 3px;
    --_duration: var(--calm-motion-duration, 200ms);
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
