import type { ReactiveControllerHost } from 'lit';

/** Where an item sits in a two-dimensional widget. */
export interface GridPosition {
  row: number;
  column: number;
}

export interface RovingFocusOptions {
  /** The widget's items, in DOM order (looked up on every key press, so they may re-render). */
  items: () => readonly HTMLElement[];
  /** Where item `index` sits. Without it the items are one line: every arrow moves to the next or previous. */
  position?: (index: number) => GridPosition;
  /** Right-to-left swaps ArrowLeft and ArrowRight, so arrows follow what the person sees. */
  direction?: () => 'ltr' | 'rtl';
  /** In a line, arrows past the last item go round to the first (radio groups) instead of stopping. */
  wrap?: boolean;
  /** Called after an arrow, Home or End moved focus; a radio group checks the item there. */
  onMove?: (index: number, item: HTMLElement) => void;
}

const STEPS: Readonly<Record<string, [rows: number, columns: number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Roving tabindex for a composite widget (a listbox, a radio group, a grid): the widget is one
 * Tab stop, and arrows, Home and End move focus inside it. The item in the tab order is the
 * last one focused, so Tab returns a person to where they were. Bind `tabIndex(i, count)` on each
 * item and `onKeydown` / `onFocusin` on the widget; the host re-renders when the Tab stop moves.
 * It keeps no listeners or timers of its own, so it needs no lifecycle hooks.
 */
export class RovingFocusController {
  /** The item in the tab order. */
  index = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {}

  /**
   * `0` for the item in the tab order, `-1` for the others. With `count`, a Tab stop left past
   * the end (the items became fewer, e.g. another audience's list) falls on the last item.
   */
  tabIndex(index: number, count = Infinity): number {
    return index === Math.min(this.index, count - 1) ? 0 : -1;
  }

  /** Puts item `index` in the tab order without moving focus (e.g. the checked radio). */
  activate(index: number): void {
    this.#setIndex(index);
  }

  readonly onFocusin = (event: FocusEvent): void => {
    const index = this.options.items().indexOf(event.target as HTMLElement);
    if (index >= 0) this.#setIndex(index);
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const items = this.options.items();
    const from = items.indexOf(event.target as HTMLElement);
    if (from < 0) return;
    const to = this.#target(event.key, from, items.length);
    if (to === undefined) return;
    event.preventDefault();
    const item = items[to];
    if (!item || to === from) return;
    this.#setIndex(to);
    item.focus();
    this.options.onMove?.(to, item);
  };

  #setIndex(index: number): void {
    if (index === this.index) return;
    this.index = index;
    this.host.requestUpdate();
  }

  #target(key: string, from: number, count: number): number | undefined {
    if (key === 'Home') return 0;
    if (key === 'End') return count - 1;
    const step = STEPS[key];
    if (!step) return undefined;
    const [rows, across] = step;
    const columns = this.options.direction?.() === 'rtl' ? -across : across;
    const position = this.options.position;
    if (!position) {
      const next = from + (rows || columns);
      if (this.options.wrap) return (next + count) % count;
      return Math.min(count - 1, Math.max(0, next));
    }
    return this.#nearest(from, count, rows, columns, position) ?? from;
  }

  /**
   * The closest item in the arrow's direction: same column (or row) first, then the nearest
   * one across, so uneven groups never trap focus.
   */
  #nearest(from: number, count: number, rows: number, columns: number, position: (i: number) => GridPosition): number | undefined {
    const here = position(from);
    let best: number | undefined;
    let bestScore = Infinity;
    for (let i = 0; i < count; i++) {
      const there = position(i);
      const along = rows ? (there.row - here.row) * rows : (there.column - here.column) * columns;
      if (along <= 0) continue;
      const across = rows ? Math.abs(there.column - here.column) : Math.abs(there.row - here.row);
      const score = across * 1000 + along;
      if (score < bestScore) [best, bestScore] = [i, score];
    }
    return best;
  }
}
