/** What every calmkit element class carries so a second copy on the page can recognise it. */
export interface CalmElementClass extends CustomElementConstructor {
  readonly calmVersion: string;
}

/**
 * Registers a calmkit element safely. A page may load calmkit twice (the CDN bundle and an npm
 * build): the same version again is a no-op, a different version warns instead of throwing,
 * and the first definition wins.
 */
export function defineElement(tag: string, element: CalmElementClass): void {
  const existing = customElements.get(tag) as Partial<CalmElementClass> | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element || existing.calmVersion === element.calmVersion) return;
  const owner = existing.calmVersion ? `calmkit ${existing.calmVersion}` : 'another script';
  console.warn(`calmkit: <${tag}> is already defined by ${owner}; keeping it and ignoring calmkit ${element.calmVersion}.`);
}
