/**
 * How calmkit/react wraps an element for React 18 and earlier, and the wrappers' type.
 *
 * The runtime is @lit/react's `createComponent` (it sets props as properties and adds event
 * listeners), bundled into dist/react/index.js by the build, so an app needs only `calmkit`,
 * `react` and `react-dom`. The type is written here, from React's own types, so the published
 * typings need nothing else either.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import type { ForwardRefExoticComponent, HTMLAttributes, RefAttributes } from 'react';
import type { CalmEventMap, CalmEventName } from '../events.js';

/** A wrapper's event props: `onCalmHelp` → `calm-help`, for each event the element fires or forwards. */
export type CalmEventProps<Events extends Record<string, CalmEventName>> = {
  [Prop in keyof Events]?: (event: CalmEventMap[Events[Prop]]) => void;
};

/** A wrapper's props: React's HTML attributes, the element's public settable properties, its events. */
export type CalmComponentProps<Element extends HTMLElement, Props extends keyof Element, Events extends Record<string, CalmEventName>> = Omit<
  HTMLAttributes<Element>,
  keyof Events | Props
> &
  Partial<Pick<Element, Props>> &
  CalmEventProps<Events>;

/** A React component for one calmkit element; its `ref` is the element. */
export type CalmComponent<Element extends HTMLElement, Props extends keyof Element, Events extends Record<string, CalmEventName>> =
  ForwardRefExoticComponent<CalmComponentProps<Element, Props, Events> & RefAttributes<Element>>;

/** A wrapper for `tagName`; the generated file gives it its exact type. */
export function wrap(tagName: string, elementClass: new () => HTMLElement, events: Record<string, CalmEventName>): unknown {
  return createComponent({ tagName, elementClass, react: React, events, displayName: elementClass.name });
}
