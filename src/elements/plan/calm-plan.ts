import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BackForwardController } from '../../controllers/back-forward.js';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { oneOf } from '../../attributes.js';
import { currentClock } from '../../engine/clock.js';
import type { ConfigError } from '../../events.js';
import { PLAN_TEMPLATES, type PlanTemplate } from '../../engine/flow-schema.js';
import { CalmActivity } from '../calm-activity.js';
import { helpAsText, languageWithRegion } from '../help/calm-help.js';
import { resolveRegion } from '../../engine/region.js';
import { crisisDirectory } from '../../content/crisis-directory.js';
import { planStyles } from './calm-plan.styles.js';
import { planTemplates, type PlanSection } from './templates.js';
import { planEnglish } from '../../locales/en/plan.js';
import { addEnglish } from '../../locales/registry.js';

addEnglish(planEnglish);

/** What `.value` gives and takes: the template and the words per section id. */
export interface PlanValue {
  template: PlanTemplate;
  sections: Record<string, string>;
}

const MAX_SECTION_LENGTH = 2000;
/** Long enough for every browser to have read the file before its address is given up. */
const REVOKE_AFTER_MS = 1000;

const KNOWN_SECTIONS: ReadonlySet<string> = new Set(Object.values(planTemplates).flatMap((t) => t.sections.map((s) => s.id)));

/**
 * Reads a plan given by the host (SPEC §1.5: validated and copied, never throws): only known
 * sections with a text are copied into a fresh map; everything else is named in `errors`
 * (without the person's words). An object that cannot be read (a proxy or getter that throws)
 * gives an empty plan.
 */
function readPlan(raw: unknown): { words: Map<string, string>; errors: ConfigError[] } {
  const words = new Map<string, string>();
  const errors: ConfigError[] = [];
  if (raw === undefined || raw === null) return { words, errors };
  try {
    const sections = typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, 'sections') ? (raw as { sections: unknown }).sections : undefined;
    if (typeof sections !== 'object' || sections === null || Array.isArray(sections)) {
      errors.push({ path: '$.sections', message: 'must be an object of section id to text' });
      return { words, errors };
    }
    for (const [id, text] of Object.entries(sections)) {
      if (KNOWN_SECTIONS.has(id) && typeof text === 'string' && text.length <= MAX_SECTION_LENGTH) words.set(id, text);
      else errors.push({ path: `$.sections[${JSON.stringify(id.slice(0, 40))}]`, message: `must be a known section with a text of at most ${MAX_SECTION_LENGTH} characters; ignored` });
    }
    return { words, errors };
  } catch {
    return { words: new Map(), errors: [...errors, { path: '$', message: 'the plan could not be read; it was ignored' }] };
  }
}

/**
 * @summary A personal plan in the person's own words: the six sections of the Stanley–Brown
 * safety plan (`template="safety"`) or a school calm-down plan (`template="calm-down"`).
 *
 * The words are held in memory only: never sent, stored, logged or put in an event. The person
 * can print the plan (a print stylesheet shows just the plan) or save it as a text file on the
 * device; "Clear all" asks once, then forgets everything. A host that wants to keep the plan
 * reads `.value` (a fresh copy) and may give it back later through `.value`. Removing the
 * element or calling `reset()` forgets the words.
 *
 * One main button per screen: on its own, "Save as text file" (the way to keep the plan); as part
 * of a flow's step, the flow's Next, and Save looks like Print and Clear all (the flow's next
 * step asks the person to print or save it).
 *
 * @event calm-help - The person pressed "Get help now". `detail: { reason: 'button' }`.
 * @event calm-config-error - A `.value` given by the host had parts that were not used. `detail: { element, errors }`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart help - The "Get help now" element.
 * @csspart help-button - The "Get help now" button.
 * @csspart heading - The plan's title.
 * @csspart section - One section: its label, hint and text field.
 * @csspart input - A section's text field.
 * @csspart controls - The print, save and clear buttons.
 * @csspart print - The print button.
 * @csspart save - The "Save as text file" button.
 * @csspart clear - The "Clear all" button.
 * @csspart confirm - The "Clear everything?" question with its two buttons.
 *
 * @cssproperty --calm-color-accent - The main button (Save, on its own).
 * @cssproperty --calm-color-accent-text - Text on the accent colour.
 * @cssproperty --calm-color-accent-soft - Button hover.
 * @cssproperty --calm-color-surface - Background.
 * @cssproperty --calm-color-surface-raised - Buttons and text fields.
 * @cssproperty --calm-color-text - Text colour.
 * @cssproperty --calm-color-muted - Hints.
 * @cssproperty --calm-color-border - Borders.
 * @cssproperty --calm-color-focus - Focus ring.
 * @cssproperty --calm-radius - Corner radius.
 * @cssproperty --calm-space - Base spacing.
 * @cssproperty --calm-font-family - Font.
 * @cssproperty --calm-font-size - Base font size.
 * @cssproperty --calm-target-size - Smallest size of a control (44px; 48px in kiosks).
 */
export class CalmPlan extends CalmActivity {
  static override styles = [...CalmActivity.styles, planStyles];

  /** `safety` (default; the six Stanley–Brown sections) or `calm-down` (the school plan). */
  @property({ reflect: true }) template: PlanTemplate = 'safety';

  @state() private confirming = false;
  @query('h2') private heading?: HTMLElement;
  @query('[part~="clear"]') private clearButton?: HTMLElement;
  /** The words are forgotten when the page enters or leaves the back/forward cache. */
  protected readonly backForward = new BackForwardController(this, () => this.reset());

  /** Section id → the person's words. Only ever rendered inside the shadow root. */
  #words = new Map<string, string>();

  /** A fresh copy of the plan: `{ template, sections: { [id]: text } }` (every section, '' when empty). */
  @property({ attribute: false })
  get value(): PlanValue {
    const sections: Record<string, string> = {};
    for (const section of this.#sections()) sections[section.id] = this.#words.get(section.id) ?? '';
    return { template: this.#template(), sections };
  }
  set value(raw: unknown) {
    const { words, errors } = readPlan(raw);
    this.#words = words;
    this.reportConfigErrors(errors);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reset();
    // The element may not render again while detached: empty the fields right now.
    this.renderRoot.querySelectorAll('textarea').forEach((field) => (field.value = ''));
    // Blank the text in place: Lit's markers around it stay, so the element can render again.
    this.renderRoot.querySelectorAll('.print').forEach((copy) => {
      for (const node of copy.childNodes) if (node instanceof Text) node.data = '';
    });
  }

  /** Forgets every word. Fires no event. */
  override reset(): void {
    this.#words = new Map();
    this.confirming = false;
    this.announcer.clear();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('template')) this.#template();
  }

  #template(): PlanTemplate {
    return oneOf(this, 'template', this.template, PLAN_TEMPLATES, 'safety');
  }

  #sections(): readonly PlanSection[] {
    return planTemplates[this.#template()].sections;
  }

  #t(key: PlanSection['label']): string {
    return this.t(key, { help: this.t('help.open') });
  }

  /** The plan as plain text, as the person sees it, ending with the region's help and the date it was checked. */
  #asText(): string {
    const lines = [this.t(planTemplates[this.#template()].title), ''];
    for (const section of this.#sections()) lines.push(this.#t(section.label), (this.#words.get(section.id) ?? '').trim(), '');
    return [...lines, ...this.#helpLines()].join('\n');
  }

  #helpLines(): string[] {
    return helpAsText(resolveRegion({ region: this.region, language: languageWithRegion(this), regions: Object.keys(crisisDirectory) }), (key, values) => this.t(key, values));
  }

  /** Saves the plan as a text file on the device: a Blob and a download link, nothing sent anywhere. */
  #save(): void {
    const url = URL.createObjectURL(new Blob([this.#asText()], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.#template()}-plan.txt`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    currentClock().schedule(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    this.announcer.announce(this.t('plan.saved'));
  }

  async #askToClear(): Promise<void> {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirm .keep')?.focus();
  }

  async #answerClear(clear: boolean): Promise<void> {
    if (clear) {
      this.reset();
      this.announcer.announce(this.t('plan.cleared'));
    }
    this.confirming = false;
    await this.updateComplete;
    (clear ? this.heading : this.clearButton)?.focus();
  }

  #onInput(id: string, event: Event): void {
    this.#words.set(id, (event.target as HTMLTextAreaElement).value.slice(0, MAX_SECTION_LENGTH));
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const template = planTemplates[this.#template()];
    return html`<div part="base" class="base" lang=${this.locale.language} dir=${this.locale.dir}>
      ${this.renderHelp()}
      ${this.partOfHost
        ? html`<h3 part="heading">${this.t(template.title)}</h3>`
        : html`<h2 part="heading" tabindex="-1">${this.t(template.title)}</h2>`}
      <p>${this.t(template.intro)}</p>
      <p class="private muted">${this.t('plan.private')}</p>
      <ol class="sections" role="list">
        ${template.sections.map((section) => this.#renderSection(section))}
      </ol>
      <p class="help-lines">${this.#helpLines().join('\n')}</p>
      ${this.confirming
        ? html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">${this.t('plan.clearConfirm')}</p>
            <div class="row">
              <button class="button keep" @click=${() => this.#answerClear(false)}>${this.t('plan.clearNo')}</button>
              <button class="button yes" @click=${() => this.#answerClear(true)}>${this.t('plan.clearYes')}</button>
            </div>
          </div>`
        : html`<div part="controls" class="controls row">
            <button part="print" class="button" @click=${() => window.print()}>${this.t('plan.print')}</button>
            <button part="save" class="button ${this.partOfHost ? '' : 'primary'}" @click=${this.#save}>${this.t('plan.save')}</button>
            <button part="clear" class="button" @click=${this.#askToClear}>${this.t('plan.clear')}</button>
          </div>`}
      ${this.announcer.render()}
    </div>`;
  }

  #renderSection(section: PlanSection): TemplateResult {
    const id = `field-${section.id}`;
    const words = this.#words.get(section.id) ?? '';
    return html`<li part="section" class="field">
      <label for=${id}>${this.#t(section.label)}</label>
      ${section.hint ? html`<span class="hint muted" id="${id}-hint">${this.#t(section.hint)}</span>` : nothing}
      <textarea
        part="input"
        id=${id}
        rows="3"
        maxlength=${MAX_SECTION_LENGTH}
        dir="auto"
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${section.hint ? `${id}-hint` : nothing}
        .value=${live(words)}
        @input=${(event: Event) => this.#onInput(section.id, event)}
      ></textarea>
      <p class="print" dir="auto">${words}</p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-plan': CalmPlan;
  }
}

