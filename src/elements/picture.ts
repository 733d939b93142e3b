import { css, html, svg, type TemplateResult } from 'lit';
import { isPictogramId, pictograms } from '../content/pictograms.js';
import { picturesEnglish } from '../locales/en/pictures.js';
import { addEnglish } from '../locales/registry.js';

addEnglish(picturesEnglish);

/**
 * Draws a picture of a schedule item or card: a built-in pictogram as inline SVG (a line in
 * `currentColor`, so it follows the theme and forced colours), or a host's data: URL in an
 * <img>. Hidden from assistive technology: the words beside it say what it is.
 */
export function renderPicture(picture: string): TemplateResult {
  if (isPictogramId(picture)) {
    return html`<svg class="picture" part="picture" viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${pictograms[picture]} />`}</svg>`;
  }
  return html`<img class="picture" part="picture" src=${picture} alt="" />`;
}

export const pictureStyles = css`
  .picture {
    display: block;
    inline-size: var(--_picture-size);
    block-size: var(--_picture-size);
    object-fit: contain;
  }
  svg.picture {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
