import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { checkRegion, oneOf, regionCode } from '../../attributes.js';
import { BackForwardController } from '../../controllers/back-forward.js';
import { crisisDirectory, directoryFor, internationalDirectory, type CrisisChannel } from '../../content/crisis-directory.js';
import { regionOfLanguage, resolveRegion } from '../../engine/region.js';
import { channelHref, copyHostResources, directoryContact, type HelpContact, type HostResource } from '../../engine/resources.js';
import type { CalmHelpDetail } from '../../events.js';
import { CalmElement } from '../calm-element.js';
import { exitIcon } from '../exit-icon.js';
import { helpStyles } from './calm-help.styles.js';
import { helpEnglish } from '../../locales/en/help.js';
import { addEnglish } from '../../locales/registry.js';
import type { StringKey } from '../../locales/en.js';
import { quickExits } from '../../quick-exits.js';

addEnglish(helpEnglish);

export type HelpVariant = 'button' | 'panel' | 'inline';
/** Why help was opened, when that changes what comes first: `danger` puts the emergency number first. */
export type HelpReason = 'danger' | 'none';
/** Who is reading: `child` opens with "tell a grown-up you trust" and lines for young people. */
export type HelpAudience = 'child' | 'teen' | 'adult';

export { regionCode };

type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/**
 * A channel in words: what the link says ("Call 988", "Text HOME to 741741"), what to do once
 * through (", then press 1") and who it is for ("For veterans"); the last two may be empty.
 */
export function channelWords(channel: CrisisChannel, t: Translate): [label: string, press: string, audience: string] {
  const number = channel.display;
  const label =
    channel.kind === 'call'
      ? t('help.call', { number })
      : channel.kind === 'text'
        ? channel.message
          ? t('help.textMessage', { message: channel.message, number })
          : t('help.text', { number })
        : channel.kind === 'chat'
          ? t('help.chat')
          : number;
  return [label, channel.press ? t('help.press', { key: channel.press }) : '', channel.for ? t(`help.for.${channel.for}`) : ''];
}

/**
 * The region's help as plain lines, for a saved or printed page: the emergency number, each
 * built-in line with its ways to reach it, and the date the oldest of them was checked.
 */
export function helpAsText(region: string | undefined, t: Translate): string[] {
  const directory = directoryFor(region);
  const emergency = directory?.emergency ?? [];
  const entries = directory?.entries ?? [];
  const lines = [
    t('help.title'),
    emergency.length > 0 ? t('help.emergency', { number: emergency.map((c) => c.display).join(' / ') }) : t('help.emergencyUnknown'),
    ...entries.map(
      (entry) =>
        `${entry.name}: ${entry.channels
          .map((c) => {
            const [label, press, audience] = channelWords(c, t);
            return `${label}${c.kind === 'chat' ? ` ${c.display}` : ''}${press}${audience ? ` (${audience})` : ''}`;
          })
          .join(' · ')}`,
    ),
  ];
  const oldest = entries.map((entry) => entry.verified).sort()[0];
  return [...lines, oldest ? t('help.checked', { date: oldest }) : `${t('help.findLine')}: ${internationalDirectory.display}`];
}

const VARIANTS: readonly HelpVariant[] = ['button', 'panel', 'inline'];

/**
 * The nearest `lang` that names a region: own, an ancestor's (through shadow roots, so an
 * element's inner `lang="en"` does not hide the page's `en-GB`), `<html lang>`'s.
 */
export function languageWithRegion(element: Element): string | undefined {
  // A server render knows only the element's own attributes (no tree, no Element global).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Lit types isServer as false (its browser build)
  if (isServer) {
    const own = element.getAttribute('lang');
    return own && regionOfLanguage(own) ? own : undefined;
  }
  for (let node: Node | null = element; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    const tag = node instanceof Element ? node.getAttribute('lang') : null;
    if (tag && regionOfLanguage(tag)) return tag;
  }
  return undefined;
}

/**
 * @summary Crisis help that nothing can block: the local emergency number, crisis lines and
 * text lines for the person's region, as a button that opens a dialog, a panel or an inline list.
 *
 * The region is the `region` attribute, else the region of the element's language, else the
 * country of the device's time zone, else the region of the browser's preferred languages; where
 * none names a country in the directory, the person chooses theirs from a list ("Where are you?"),
 * offline. Every region view can be changed ("Not in the United States?").
 *
 * One page-level help control: a page that embeds several elements gives each `help="none"` and
 * places one `<calm-help pinned>`, which stays in view at the bottom inline-start corner while
 * the page scrolls (away from a quick exit at the top inline-end).
 *
 * @event calm-help - The person pressed "Get help now". `detail: { reason: 'button' }`.
 * @event calm-config-error - Host resources had invalid entries. `detail: { element, errors: [{ path, message }] }`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart button - The "Get help now" button (button variant).
 * @csspart dialog - The dialog that opens from the button.
 * @csspart exit - "Exit this page" in the dialog, when the page has a `<calm-quick-exit>`.
 * @csspart panel - The list of help contacts.
 * @csspart title - The panel's heading.
 * @csspart emergency - The emergency-number line.
 * @csspart contact - One help contact (a service and its links).
 * @csspart link - A call, text or chat link.
 * @csspart grown-up - The first words for a child: tell a grown-up you trust.
 * @csspart chooser - The country chooser ("Where are you?" / "Not in the United States?").
 *
 * @cssproperty --calm-color-help - Background of the help button and links.
 * @cssproperty --calm-color-help-text - Text on the help colour.
 * @cssproperty --calm-color-surface - Background.
 * @cssproperty --calm-color-surface-raised - Background of the dialog and contact cards.
 * @cssproperty --calm-color-text - Text colour.
 * @cssproperty --calm-color-muted - Secondary text colour.
 * @cssproperty --calm-color-border - Borders.
 * @cssproperty --calm-color-focus - Focus ring.
 * @cssproperty --calm-radius - Corner radius.
 * @cssproperty --calm-space - Base spacing.
 * @cssproperty --calm-font-family - Font.
 * @cssproperty --calm-target-size - Smallest size of a control (44px; 48px in kiosks).
 * @cssproperty --calm-pinned-inset - With `pinned`: the distance from the window's edges (default 1rem).
 */
export class CalmHelp extends CalmElement {
  static override styles = [...CalmElement.styles, helpStyles];

  /** How help is shown: `button` (opens a dialog), `panel` (always shown) or `inline` (compact list). */
  @property({ reflect: true }) variant: HelpVariant = 'button';

  /**
   * The button stays in view in the bottom inline-start corner of the window while the page
   * scrolls: the one help control of a page whose elements have `help="none"`. Leave room under
   * the page's last line for it (about 4.5rem). Button variant only.
   */
  @property({ type: Boolean, reflect: true }) pinned = false;

  /** ISO 3166 region (e.g. `US`, `GB`). Without it: the language's region, the time zone's country, the browser languages' region, else a country chooser. */
  @property({ reflect: true }) region?: string;

  /** Why help opened, where it changes the order: `danger` (to anyone) puts the emergency number first, largest. */
  @property({ reflect: true }) reason?: HelpReason;

  /** `child` opens with "tell a grown-up you trust" and lists lines for children and young people first. */
  @property({ reflect: true }) audience?: HelpAudience;

  /** The country the person chose here, over any found; in memory only, forgotten on Back/Forward. */
  @state() private chosen?: string;

  protected readonly backForward = new BackForwardController(this, () => void this.#forgetChoice());

  #hostContacts: HelpContact[] = [];
  #scriptContacts: HelpContact[] = [];

  /**
   * The host's own contacts (a clinic line, a school counsellor), shown first; one with the id
   * of a built-in entry replaces it. Validated and copied; unsafe links are refused.
   */
  @property({ attribute: false })
  get resources(): HostResource[] {
    // The validated copies; typed as what a host passes, so frameworks type the property alike.
    return structuredClone(this.#hostContacts);
  }
  set resources(value: unknown) {
    const { contacts, errors } = copyHostResources(value);
    this.#hostContacts = contacts;
    this.reportConfigErrors(errors);
    this.requestUpdate();
  }

  @state() private open = false;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.title') private titleHeading?: HTMLElement;
  #opener: HTMLElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readScriptResources();
  }

  /** Opens the help dialog (button variant) or moves focus to the panel. */
  show(): void {
    this.#opener = (this.shadowRoot?.activeElement as HTMLElement | null) ?? null;
    this.open = true;
  }

  /** Closes the help dialog. */
  close(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, VARIANTS, 'button');
    if (changed.has('reason')) this.#reason();
    if (changed.has('audience')) this.#audience();
    // A host that sets the region again decides again.
    if (changed.has('region') && changed.get('region') !== undefined) this.chosen = undefined;
    if (changed.has('region')) checkRegion(this, this.region);
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('open') || !this.dialog) return;
    if (this.open && !this.dialog.open) {
      this.dialog.showModal();
      this.titleHeading?.focus();
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
    }
  }

  #variant(): HelpVariant {
    return oneOf(this, 'variant', this.variant, VARIANTS, 'button');
  }

  #reason(): HelpReason {
    return oneOf(this, 'reason', this.reason, ['danger', 'none'], 'none');
  }

  #audience(): HelpAudience {
    return oneOf(this, 'audience', this.audience, ['child', 'teen', 'adult'], 'adult');
  }

  /** The region whose help is shown: the person's choice, else the one found (see the class doc). */
  get #regionShown(): string | undefined {
    return this.chosen ?? resolveRegion({ region: this.region, language: languageWithRegion(this), regions: Object.keys(crisisDirectory) });
  }

  #readScriptResources(): void {
    const json = this.childScriptJson();
    if (!json) return;
    if ('errors' in json) {
      this.reportConfigErrors(json.errors);
      return;
    }
    const { contacts, errors } = copyHostResources(json.value);
    this.#scriptContacts = contacts;
    this.reportConfigErrors(errors);
  }

  /** Host contacts first, then the region's built-in ones that were not replaced; for a child, lines for young people first. */
  #contacts(region: string | undefined): HelpContact[] {
    const host = [...this.#hostContacts, ...this.#scriptContacts];
    const replaced = new Set(host.map((contact) => contact.id));
    const builtIn = directoryFor(region)?.entries.filter((entry) => !replaced.has(entry.id)).map(directoryContact) ?? [];
    const contacts = [...host, ...builtIn];
    if (this.#audience() !== 'child') return contacts;
    const young = (contact: HelpContact): number => (contact.audience === 'young-people' ? 0 : 1);
    return contacts.sort((a, b) => young(a) - young(b));
  }

  /** Back to the region found; the list is set by hand, as a browser keeps a changed list's choice when only `selected` moves. */
  async #forgetChoice(): Promise<void> {
    this.chosen = undefined;
    await this.updateComplete;
    const list = this.renderRoot.querySelector('select');
    if (list) list.value = this.#regionShown ?? '';
  }

  #onChoose(event: Event): void {
    const region = (event.target as HTMLSelectElement).value;
    if (region) this.chosen = region;
  }

  #onOpenClick(): void {
    this.show();
    const detail: CalmHelpDetail = { reason: 'button' };
    void this.emit('calm-help', detail);
  }

  #onDialogClose(): void {
    this.open = false;
    const opener = this.#opener ?? this.shadowRoot?.querySelector<HTMLElement>('[part="button"]');
    opener?.focus();
  }

  protected override render(): TemplateResult {
    const variant = this.#variant();
    return html`<div part="base" class="base variant-${variant}" lang=${this.locale.language} dir=${this.locale.dir}>
      ${variant === 'button'
        ? html`<button part="button" class="button help open" aria-haspopup="dialog" @click=${this.#onOpenClick}>
              ${this.t('help.open')}
            </button>
            <dialog part="dialog" aria-labelledby="title" @close=${this.#onDialogClose}>
              ${this.open ? [this.#renderExit(), this.#renderPanel()] : nothing}
              <div class="actions">
                <button class="button close" @click=${this.close}>${this.t('help.close')}</button>
              </div>
            </dialog>`
        : this.#renderPanel()}
    </div>`;
  }

  /** The dialog makes the page behind it inert: a quick exit on the page is offered inside it too. */
  #renderExit(): TemplateResult | typeof nothing {
    const [quickExit] = quickExits;
    return quickExit
      ? html`<p class="exit-row"><button part="exit" class="button exit" @click=${() => quickExit.exit()}>${exitIcon()}${this.t('quickExit.button')}</button></p>`
      : nothing;
  }

  #renderPanel(): TemplateResult {
    const region = this.#regionShown;
    const directory = directoryFor(region);
    const emergency = directory?.emergency ?? [];
    const danger = this.#reason() === 'danger';
    const emergencyText = emergency.length > 0
      ? this.t(danger ? 'help.danger' : 'help.emergency', { number: emergency.map((c) => c.display).join(' / ') })
      : this.t('help.emergencyUnknown');
    const emergencyLine = html`<p part="emergency" class="emergency ${danger ? 'first' : ''}">
      <span>${emergencyText}</span>
      <span class="links">${emergency.map((channel) => this.#renderLink(channel, true))}</span>
    </p>`;
    return html`<div role="group" part="panel" class="panel" aria-labelledby="title">
      ${this.partOfHost
        ? html`<h3 part="title" class="title" id="title" tabindex="-1">${this.t('help.title')}</h3>`
        : html`<h2 part="title" class="title" id="title" tabindex="-1">${this.t('help.title')}</h2>`}
      ${this.#audience() === 'child' ? html`<p part="grown-up" class="grown-up">${this.t('help.child')}</p>` : nothing}
      ${danger ? emergencyLine : nothing}
      <p class="intro">${this.t('help.intro')}</p>
      ${danger ? nothing : emergencyLine}
      <ul class="contacts" role="list">
        ${this.#contacts(region).map((contact) => this.#renderContact(contact))}
      </ul>
      ${this.#renderChooser(directory ? region : undefined, emergencyText)}
      <p class="find">
        <a part="link" class="button link" href=${internationalDirectory.url} target="_blank" rel="noopener noreferrer">
          ${this.t('help.findLine')} <span class="visually-hidden">${this.t('help.newTab')}</span>
        </a>
      </p>
    </div>`;
  }

  /**
   * "Where are you?" (no region, over "Choose your country") or "Not in the United States?"
   * (each region's phrase, `help.in.US`, from the catalog: articles and prepositions differ by
   * country and language): every directory region, named in the element's language. A choice
   * shows that region's help at once; `status` (its emergency line) is announced, and focus stays
   * on the list, so arrowing through it is never interrupted.
   */
  #renderChooser(region: string | undefined, status: string): TemplateResult {
    const names = this.#names('region');
    const regions = Object.keys(crisisDirectory).sort((a, b) => names(a).localeCompare(names(b), this.locale.language));
    return html`<p part="chooser" class="chooser">
      <label for="where">${region ? this.t('help.notIn', { inCountry: this.t(`help.in.${region}` as StringKey) }) : this.t('help.where')}</label>
      <select id="where" class="button" @change=${this.#onChoose}>
        ${region ? nothing : html`<option value="" selected>${this.t('help.choose')}</option>`}
        ${regions.map((code) => html`<option value=${code} ?selected=${code === region}>${names(code)}</option>`)}
      </select>
      <span class="visually-hidden" role="status">${this.chosen ? status : ''}</span>
    </p>`;
  }

  /** Country or language names in the element's language, from the platform (codes where it has none). */
  #names(type: 'region' | 'language'): (code: string) => string {
    try {
      const names = new Intl.DisplayNames([this.locale.language], { type });
      return (code) => names.of(code) ?? code;
    } catch {
      return (code) => code;
    }
  }

  #renderContact(contact: HelpContact): TemplateResult {
    const details = [
      contact.audience === 'young-people' ? this.t('help.for.young-people') : undefined,
      contact.audience === 'veterans' ? this.t('help.for.veterans') : undefined,
      contact.hours ?? (contact.alwaysOpen ? this.t('help.alwaysOpen') : undefined),
      contact.languages.length > 0 ? this.t('help.languages', { languages: contact.languages.map(this.#names('language')).join(', ') }) : undefined,
    ].filter(Boolean);
    return html`<li part="contact" class="contact">
      <h3 class="name">${contact.name}</h3>
      ${details.length > 0 ? html`<p class="details">${details.join(' · ')}</p>` : nothing}
      <div class="links">${contact.channels.map((channel) => this.#renderLink(channel))}</div>
    </li>`;
  }

  #renderLink(channel: CrisisChannel & { href?: string }, primary = false): TemplateResult | typeof nothing {
    const href = channel.href ?? channelHref(channel);
    if (!href) return nothing;
    const [label, press, audience] = channelWords(channel, (key, values) => this.t(key, values));
    // A number is read as one piece: it never breaks across lines ("9-" over "8-8"). An e-mail
    // address may be longer than a phone's width, so it breaks where it must.
    const [before, after] = channel.kind === 'email' ? [label] : label.split(channel.display);
    const external = channel.kind === 'chat';
    return html`<a
      part="link"
      class="button link ${primary ? 'help' : ''}"
      href=${href}
      target=${external ? '_blank' : nothing}
      rel=${external ? 'noopener noreferrer' : nothing}
      >${before}${after === undefined ? nothing : html`<span class="number">${channel.display}</span>${after}`}${press}${audience ? html` <span class="for">(${audience})</span>` : nothing}${external
        ? html`<span class="visually-hidden"> ${this.t('help.newTab')}</span>`
        : nothing}</a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-help': CalmHelp;
  }
}
