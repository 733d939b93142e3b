import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { oneOf, warnOnce } from '../../attributes.js';
import { directoryFor, internationalDirectory, type CrisisChannel } from '../../content/crisis-directory.js';
import { channelHref, copyHostResources, directoryContact, type HelpContact, type HostResource } from '../../engine/resources.js';
import type { CalmHelpDetail } from '../../events.js';
import { CalmElement } from '../calm-element.js';
import { helpStyles } from './calm-help.styles.js';
import { helpEnglish } from '../../locales/en/help.js';
import { addEnglish } from '../../locales/registry.js';

addEnglish(helpEnglish);

export type HelpVariant = 'button' | 'panel' | 'inline';

/** A two-letter ISO 3166 region in capitals, or undefined for anything else (of any type). */
export function regionCode(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : undefined;
}
const VARIANTS: readonly HelpVariant[] = ['button', 'panel', 'inline'];

/**
 * @summary Crisis help that nothing can block: the local emergency number, crisis lines and
 * text lines for the person's region, as a button that opens a dialog, a panel or an inline list.
 *
 * @event calm-help - The person pressed "Get help now". `detail: { reason: 'button' }`.
 * @event calm-config-error - Host resources had invalid entries. `detail: { element, errors: [{ path, message }] }`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart button - The "Get help now" button (button variant).
 * @csspart dialog - The dialog that opens from the button.
 * @csspart panel - The list of help contacts.
 * @csspart title - The panel's heading.
 * @csspart emergency - The emergency-number line.
 * @csspart contact - One help contact (a service and its links).
 * @csspart link - A call, text or chat link.
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
 */
export class CalmHelp extends CalmElement {
  static override styles = [...CalmElement.styles, helpStyles];

  /** How help is shown: `button` (opens a dialog), `panel` (always shown) or `inline` (compact list). */
  @property({ reflect: true }) variant: HelpVariant = 'button';

  /** ISO 3166 region (e.g. `US`, `GB`). Without it, the region of the element's language, else a neutral card. */
  @property({ reflect: true }) region?: string;

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
    if (changed.has('region') && this.region != null && this.region !== '' && !regionCode(this.region)) {
      const shown = typeof this.region === 'string' ? `"${this.region.slice(0, 20)}"` : `(${typeof this.region})`;
      warnOnce(this, `region=${shown}`, `region=${shown} is not valid; accepted values: a two-letter ISO 3166 region such as US or GB. Using the language's region.`);
    }
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

  #region(): string | undefined {
    return regionCode(this.region) ?? this.locale.region?.toUpperCase();
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

  /** Host contacts first, then the region's built-in ones that were not replaced. */
  #contacts(): HelpContact[] {
    const host = [...this.#hostContacts, ...this.#scriptContacts];
    const replaced = new Set(host.map((contact) => contact.id));
    const builtIn = directoryFor(this.#region())?.entries.filter((entry) => !replaced.has(entry.id)) ?? [];
    return [...host, ...builtIn.map(directoryContact)];
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
              ${this.open ? this.#renderPanel() : nothing}
              <div class="actions">
                <button class="button close" @click=${this.close}>${this.t('help.close')}</button>
              </div>
            </dialog>`
        : this.#renderPanel()}
    </div>`;
  }

  #renderPanel(): TemplateResult {
    const directory = directoryFor(this.#region());
    const emergency = directory?.emergency ?? [];
    return html`<div role="group" part="panel" class="panel" aria-labelledby="title">
      ${this.partOfHost
        ? html`<h3 part="title" class="title" id="title" tabindex="-1">${this.t('help.title')}</h3>`
        : html`<h2 part="title" class="title" id="title" tabindex="-1">${this.t('help.title')}</h2>`}
      <p class="intro">${this.t('help.intro')}</p>
      <p part="emergency" class="emergency">
        ${emergency.length > 0
          ? html`<span>${this.t('help.emergency', { number: emergency.map((c) => c.display).join(' / ') })}</span>
              <span class="links">${emergency.map((channel) => this.#renderLink(channel, true))}</span>`
          : this.t('help.emergencyUnknown')}
      </p>
      <ul class="contacts" role="list">
        ${this.#contacts().map((contact) => this.#renderContact(contact))}
      </ul>
      ${directory
        ? nothing
        : html`<p class="find">
            <a part="link" class="button link" href=${internationalDirectory.url} target="_blank" rel="noopener noreferrer">
              ${this.t('help.findLine')} <span class="visually-hidden">${this.t('help.newTab')}</span>
            </a>
          </p>`}
    </div>`;
  }

  #renderContact(contact: HelpContact): TemplateResult {
    const details = [
      contact.audience === 'young-people' ? this.t('help.for.young-people') : undefined,
      contact.audience === 'veterans' ? this.t('help.for.veterans') : undefined,
      contact.hours ?? (contact.alwaysOpen ? this.t('help.alwaysOpen') : undefined),
      contact.languages.length > 0 ? this.t('help.languages', { languages: this.#languageNames(contact.languages) }) : undefined,
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
    const number = channel.display;
    const label =
      channel.kind === 'call'
        ? this.t('help.call', { number })
        : channel.kind === 'text'
          ? channel.message
            ? this.t('help.textMessage', { message: channel.message, number })
            : this.t('help.text', { number })
          : channel.kind === 'chat'
            ? this.t('help.chat')
            : number;
    const audience = channel.for ? this.t(`help.for.${channel.for}`) : undefined;
    const external = channel.kind === 'chat';
    return html`<a
      part="link"
      class="button link ${primary ? 'help' : ''}"
      href=${href}
      target=${external ? '_blank' : nothing}
      rel=${external ? 'noopener noreferrer' : nothing}
      >${label}${audience ? html` <span class="for">(${audience})</span>` : nothing}${external
        ? html`<span class="visually-hidden"> ${this.t('help.newTab')}</span>`
        : nothing}</a
    >`;
  }

  #languageNames(tags: string[]): string {
    try {
      const names = new Intl.DisplayNames([this.locale.language], { type: 'language' });
      return tags.map((tag) => names.of(tag) ?? tag).join(', ');
    } catch {
      return tags.join(', ');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-help': CalmHelp;
  }
}
