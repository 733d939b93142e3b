import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { oneOf } from '../../attributes.js';
import { currentClock } from '../../engine/clock.js';
import { copyPictureItems, MAX_PICTURE_ITEMS, SCHEDULE_VARIANTS, type PictureItem, type ScheduleVariant } from '../../engine/picture-items.js';
import type { StringKey } from '../../locales/en.js';
import { scheduleEnglish } from '../../locales/en/schedule.js';
import { addEnglish } from '../../locales/registry.js';
import { CalmActivity } from '../calm-activity.js';
import { pictureStyles, renderPicture } from '../picture.js';
import { scheduleStyles } from './calm-schedule.styles.js';

addEnglish(scheduleEnglish);

const ACTIVITY = 'schedule';
export { SCHEDULE_VARIANTS, type ScheduleVariant };
/** How many items each variant shows at once; the rest wait their turn. */
const SHOWN: Record<ScheduleVariant, number> = { 'first-then': 2, 'now-next': 3, list: 8 };

/**
 * @summary A picture schedule: first–then, now–next–later, or a short list (up to 8). Each item
 * is a picture with its words; the person (or the host, with `markDone()`) marks the current one
 * done and it moves to "All done", so the next one steps up. For people who think in pictures
 * and for transitions. Help is always one step away.
 *
 * @event calm-step - An item was marked done by the person. `detail: { activity: 'schedule', step, index, total }`; `step` is the item's id.
 * @event calm-complete - The person marked the last item done. `detail: { activity, elapsedMs, finished: true }`.
 * @event calm-config-error - The items were not valid. `detail: { element, errors: [{ path, message }] }`.
 * @event calm-help - The person pressed "Get help now". `detail: { reason }`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart help - The `<calm-help>` control (absent with `help="none"`).
 * @csspart help-button - The "Get help now" button.
 * @csspart items - The list of items still to do.
 * @csspart item - Each item still to do.
 * @csspart picture - Each item's picture.
 * @csspart button - Each "Done" button.
 * @csspart done - The "All done" area.
 * @csspart empty - The words shown while the schedule has no items.
 *
 * @cssproperty --calm-color-accent - The border of the item to do now.
 * @cssproperty --calm-color-surface-raised - Background of items.
 * @cssproperty --calm-color-text - Text colour.
 * @cssproperty --calm-target-size - Smallest size of a control (44px; 48px in kiosks).
 */
export class CalmSchedule extends CalmActivity {
  static override styles = [...CalmActivity.styles, scheduleStyles, pictureStyles];

  /** `first-then` (default: two items), `now-next` (now, next, later) or `list` (up to 8). */
  @property({ reflect: true }) variant: ScheduleVariant = 'first-then';

  #items: PictureItem[] = [];
  #fromProperty: PictureItem[] | undefined;
  #scriptRead = false;
  #startedAt: number | undefined;
  @state() private done: ReadonlySet<string> = new Set();

  /**
   * The items, `{ id, label?, picture }`: `picture` is a pictogram id or a
   * `data:image/png|jpeg|webp|svg+xml` URL; `label` defaults to the pictogram's name. Copied;
   * invalid entries are left out with a warning and `calm-config-error`. Wins over a child
   * `<script type="application/json">`.
   */
  @property({ attribute: false })
  get items(): PictureItem[] {
    return this.#items.map((item) => ({ ...item }));
  }
  set items(value: unknown) {
    const { items, errors } = copyPictureItems(value, MAX_PICTURE_ITEMS.schedule, '$.items');
    this.#fromProperty = items;
    this.reportConfigErrors(errors);
    this.#use(items);
  }

  /** Ids of the items marked done, in the order of the schedule. */
  get doneIds(): string[] {
    return this.#items.filter((item) => this.done.has(item.id)).map((item) => item.id);
  }

  /** Marks an item done (by id; the current one without an id). Quiet: no event, as the host asked for it. */
  markDone(id?: string): void {
    const item = id === undefined ? this.#waiting()[0] : this.#items.find((entry) => entry.id === id);
    if (item) this.done = new Set([...this.done, item.id]);
  }

  /** Puts every item back to do. */
  override reset(): void {
    this.done = new Set();
    this.#startedAt = undefined;
    this.announcer.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#scriptRead && this.#fromProperty === undefined) this.#readScript();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, SCHEDULE_VARIANTS, 'first-then');
  }

  #readScript(): void {
    this.#scriptRead = true;
    const json = this.childScriptJson();
    if (!json) return;
    if ('errors' in json) {
      this.reportConfigErrors(json.errors);
      return;
    }
    const { items, errors } = copyPictureItems(json.value, MAX_PICTURE_ITEMS.schedule);
    this.reportConfigErrors(errors);
    this.#use(items);
  }

  #use(items: PictureItem[]): void {
    this.#items = items;
    this.done = new Set([...this.done].filter((id) => items.some((item) => item.id === id)));
    this.requestUpdate();
  }

  #waiting(): PictureItem[] {
    return this.#items.filter((item) => !this.done.has(item.id));
  }

  #label(item: PictureItem): string {
    return item.label ?? this.t(`picture.${item.picture}` as StringKey);
  }

  async #onDone(item: PictureItem): Promise<void> {
    const index = this.#items.indexOf(item);
    const total = this.#items.length;
    const now = currentClock().now();
    this.#startedAt ??= now;
    const focusAfter = this.#waiting()[this.#waiting().indexOf(item) + 1]?.id;
    this.markDone(item.id);
    const left = this.#waiting().length;
    this.announcer.announce(left === 0 ? `${this.t('schedule.marked', { item: this.#label(item) })} ${this.t('schedule.finished')}` : this.t('schedule.marked', { item: this.#label(item) }));
    void this.emit('calm-step', { activity: ACTIVITY, step: item.id, index, total });
    if (left === 0) void this.emit('calm-complete', { activity: ACTIVITY, elapsedMs: Math.round(now - this.#startedAt), finished: true });
    // Focus stays with the schedule: on the next item's Done button, else on the "All done" heading.
    await this.updateComplete;
    const target = focusAfter ?? this.#waiting()[0]?.id;
    const next = target ? this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(target)}"] button`) : this.renderRoot.querySelector<HTMLElement>('.done-heading');
    next?.focus();
  }

  #whenWords(variant: ScheduleVariant, position: number): string {
    if (variant === 'first-then') return this.t(position === 0 ? 'schedule.first' : 'schedule.then');
    if (variant === 'now-next') return this.t(position === 0 ? 'schedule.now' : position === 1 ? 'schedule.next' : 'schedule.later');
    return '';
  }

  #renderItem(item: PictureItem, variant: ScheduleVariant, position: number): TemplateResult {
    const label = this.#label(item);
    const when = this.#whenWords(variant, position);
    return html`<li part="item" class="item ${position === 0 ? 'current' : ''}" data-id=${item.id}>
      ${when ? html`<p class="when">${when}</p>` : nothing} ${renderPicture(item.picture)}
      <p class="label">${label}</p>
      <button part="button" class="button ${position === 0 ? 'primary' : ''}" aria-label=${this.t('schedule.markDoneLabel', { item: label })} @click=${() => void this.#onDone(item)}>
        ${this.t('schedule.markDone')}
      </button>
    </li>`;
  }

  /** Its own headings are level 2; embedded in a host's step they sit under the host's one `h2`. */
  #heading(words: string, extra = ''): TemplateResult {
    return this.partOfHost
      ? html`<h3 class="heading ${extra}" tabindex="-1">${words}</h3>`
      : html`<h2 class="heading ${extra}" tabindex="-1">${words}</h2>`;
  }

  protected override render(): TemplateResult {
    const variant = oneOf(this, 'variant', this.variant, SCHEDULE_VARIANTS, 'first-then');
    const waiting = this.#waiting().slice(0, SHOWN[variant]);
    const done = this.#items.filter((item) => this.done.has(item.id));
    return html`<div part="base" class="base ${variant}" lang=${this.locale.language} dir=${this.locale.dir}>
      ${this.renderHelp()}
      <div role="group" class="group" aria-label=${this.t('schedule.label')}>
        ${variant === 'list' ? this.#heading(this.t('schedule.todo')) : nothing}
        ${this.#items.length === 0 ? html`<p part="empty" class="finished">${this.t('schedule.empty')}</p>` : nothing}
        <ol part="items" class="items">
          ${waiting.map((item, position) => this.#renderItem(item, variant, position))}
        </ol>
        ${done.length > 0
          ? html`<div part="done" class="done-area">
              ${this.#heading(this.t('schedule.allDone'), 'done-heading')}
              ${waiting.length === 0 ? html`<p class="finished">${this.t('schedule.finished')}</p>` : nothing}
              <ul class="done-list">
                ${done.map((item) => html`<li>${renderPicture(item.picture)}${this.#label(item)}</li>`)}
              </ul>
            </div>`
          : nothing}
      </div>
      ${this.announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-schedule': CalmSchedule;
  }
}
