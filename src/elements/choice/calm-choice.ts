import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { oneOf } from '../../attributes.js';
import { DEFAULT_NEEDS } from '../../content/pictograms.js';
import { CuesController } from '../../controllers/cues.js';
import { copyPictureItems, MAX_PICTURE_ITEMS, type PictureItem } from '../../engine/picture-items.js';
import { choiceEnglish } from '../../locales/en/choice.js';
import type { StringKey } from '../../locales/en.js';
import { addEnglish } from '../../locales/registry.js';
import { CalmActivity } from '../calm-activity.js';
import { pictureStyles, renderPicture } from '../picture.js';
import { choiceStyles } from './calm-choice.styles.js';

addEnglish(choiceEnglish);

const PER_SCREEN = ['6', '4', '9'] as const;
/** The card that opens crisis help instead of the "show me" card. */
const HELP_ID = 'help';
const DEFAULT_ITEMS: readonly PictureItem[] = DEFAULT_NEEDS.map((id) => ({ id, picture: id }));

/**
 * @summary An "I need…" board: large picture cards a person can tap instead of speaking. A tap
 * says the words aloud (in the element's language, where the device has a voice) and opens a
 * full-screen "show me" card with the picture and words large, to hold up to an adult; the
 * "Help" card opens crisis help. 4, 6 or 9 cards a screen, with "More cards" to page through,
 * all by touch, keyboard or switch (Tab, Enter, Space).
 *
 * @event calm-choice - The person chose a card. `detail: { id }` (never its words).
 * @event calm-help - The person chose the Help card or pressed "Get help now". `detail: { reason }`.
 * @event calm-config-error - The items were not valid. `detail: { element, errors: [{ path, message }] }`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart help - The `<calm-help>` control (absent with `help="none"`).
 * @csspart help-button - The "Get help now" button.
 * @csspart cards - The grid of cards.
 * @csspart card - Each card (a button).
 * @csspart picture - Each picture.
 * @csspart paging - "More cards" and the page number.
 * @csspart show - The full-screen "show me" card.
 *
 * @cssproperty --calm-color-surface-raised - Background of the cards.
 * @cssproperty --calm-color-text - Text colour.
 * @cssproperty --calm-color-help - The Help card's border.
 * @cssproperty --calm-target-size - Smallest size of a control (44px; 48px in kiosks).
 */
export class CalmChoice extends CalmActivity {
  static override styles = [...CalmActivity.styles, choiceStyles, pictureStyles];

  /** Cards a screen: `4`, `6` (default) or `9`. */
  @property({ attribute: 'per-screen', reflect: true }) perScreen: string | number = '6';

  /** `on` (default) says a card's words aloud when chosen; `off` keeps the board silent. */
  @property({ reflect: true }) speak: 'on' | 'off' = 'on';

  #items: readonly PictureItem[] = DEFAULT_ITEMS;
  #fromProperty = false;
  #scriptRead = false;
  #chosenCard?: HTMLElement;
  readonly #cues = new CuesController(this);
  @state() private page = 0;
  @state() private shown?: PictureItem;
  @query('dialog') private showDialog?: HTMLDialogElement;

  /**
   * The cards, `{ id, label?, picture }` as for `<calm-schedule>` (up to 36). Without them: a
   * break, quiet, a drink, the toilet, help, space, headphones, stop, more time, to talk, to
   * move. Copied; invalid entries are left out with a warning and `calm-config-error`.
   */
  @property({ attribute: false })
  get items(): PictureItem[] {
    return this.#items.map((item) => ({ ...item }));
  }
  set items(value: unknown) {
    const { items, errors } = copyPictureItems(value, MAX_PICTURE_ITEMS.choice, '$.items');
    this.#fromProperty = true;
    this.reportConfigErrors(errors);
    this.#use(items);
  }

  /** Closes the "show me" card and goes back to the first page. */
  override reset(): void {
    this.pause();
    this.page = 0;
  }

  /** Puts the "show me" card away (its Close, crisis help, or a kiosk's idle warning in front). */
  override pause(): void {
    const dialog = this.showDialog;
    this.shown = undefined;
    dialog?.close();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#scriptRead && !this.#fromProperty) this.#readScript();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('perScreen')) oneOf(this, 'per-screen', this.#perScreenText(), PER_SCREEN, '6');
    if (changed.has('speak')) oneOf(this, 'speak', this.speak, ['on', 'off'], 'on');
  }

  protected override updated(): void {
    const dialog = this.showDialog;
    if (this.shown && dialog && !dialog.open && this.isConnected) dialog.showModal();
  }

  #readScript(): void {
    this.#scriptRead = true;
    const json = this.childScriptJson();
    if (!json) return;
    if ('errors' in json) {
      this.reportConfigErrors(json.errors);
      return;
    }
    const { items, errors } = copyPictureItems(json.value, MAX_PICTURE_ITEMS.choice);
    this.reportConfigErrors(errors);
    this.#use(items);
  }

  #use(items: PictureItem[]): void {
    // An empty or wholly invalid list still leaves a usable board.
    this.#items = items.length > 0 ? items : DEFAULT_ITEMS;
    this.page = 0;
    this.requestUpdate();
  }

  #perScreen(): number {
    return Number(oneOf(this, 'per-screen', this.#perScreenText(), PER_SCREEN, '6'));
  }

  /** `per-screen` as text: the attribute gives a string, the property may be a number. */
  #perScreenText(): unknown {
    const value = this.perScreen as unknown;
    return typeof value === 'number' ? String(value) : value;
  }

  #label(item: PictureItem): string {
    return item.label ?? this.t(`picture.${item.picture}` as StringKey);
  }

  #choose(item: PictureItem, card: HTMLElement): void {
    const words = this.#label(item);
    this.#cues.silence();
    if (oneOf(this, 'speak', this.speak, ['on', 'off'], 'on') === 'on') this.#cues.say(words, this.locale.language);
    void this.emit('calm-choice', { id: item.id });
    if (item.id === HELP_ID) {
      void this.openHelp('need');
      return;
    }
    this.#chosenCard = card;
    this.shown = item;
  }

  #onDialogClose(): void {
    this.shown = undefined;
    this.#cues.silence();
    const card = this.#chosenCard;
    this.#chosenCard = undefined;
    card?.focus();
  }

  #helpFromCard(): void {
    this.#chosenCard = undefined;
    this.pause();
    void this.openHelp('need');
  }

  #renderShow(item: PictureItem): TemplateResult {
    const words = this.#label(item);
    return html`<dialog part="show" aria-labelledby="show-words" @close=${this.#onDialogClose}>
      <p class="show-need">${this.t('choice.show')}</p>
      <div class="show-picture">${renderPicture(item.picture)}<p id="show-words" class="show-words">${words}</p></div>
      <div class="show-controls">
        <button class="button primary" autofocus @click=${this.pause}>${this.t('choice.close')}</button>
        <button class="button help" @click=${this.#helpFromCard}>${this.t('help.open')}</button>
      </div>
    </dialog>`;
  }

  protected override render(): TemplateResult {
    const perScreen = this.#perScreen();
    const pages = Math.max(1, Math.ceil(this.#items.length / perScreen));
    const page = Math.min(this.page, pages - 1);
    const cards = this.#items.slice(page * perScreen, (page + 1) * perScreen);
    return html`<div part="base" class="base per-${perScreen}" lang=${this.locale.language} dir=${this.locale.dir}>
      ${this.renderHelp()}
      <div role="group" aria-label=${this.t('choice.title')}>
        ${this.partOfHost ? nothing : html`<h2 class="title">${this.t('choice.title')}</h2>`}
        <ul part="cards" class="cards">
          ${cards.map(
            (item) => html`<li>
              <button part="card" class="button card ${item.id === HELP_ID ? 'help-card' : ''}" data-id=${item.id} @click=${(e: Event) => this.#choose(item, e.currentTarget as HTMLElement)}>
                ${renderPicture(item.picture)}<span>${this.#label(item)}</span>
              </button>
            </li>`,
          )}
        </ul>
        ${pages > 1
          ? html`<div part="paging" class="paging">
              <p>${this.t('choice.page', { page: page + 1, pages })}</p>
              <button class="button more" @click=${() => (this.page = (page + 1) % pages)}>${this.t('choice.nextPage')}</button>
            </div>`
          : nothing}
      </div>
      ${this.shown ? this.#renderShow(this.shown) : nothing} ${this.announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-choice': CalmChoice;
  }
}
