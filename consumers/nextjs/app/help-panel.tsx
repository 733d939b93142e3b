'use client';
// Registers every element when this module loads: in the browser that defines calm-*; in Node
// (prerendering) calmkit imports without touching a DOM and the tag is sent as plain HTML.
import 'calmkit';
import type { CalmHelp, HostResource } from 'calmkit';
// JSX typings for calm-* tags: their properties as props, `oncalm-*` event props typed.
import type {} from 'calmkit/jsx';
import { useEffect, useRef, useState } from 'react';

const resources: HostResource[] = [
  {
    id: 'riverside-clinic',
    name: 'Riverside Clinic duty line',
    channels: [{ kind: 'call', target: '+1 555 0100' }],
    hours: 'Weekdays 9:00–17:00',
  },
];

export function HelpPanel() {
  const [events, setEvents] = useState<string[]>([]);
  const help = useRef<CalmHelp>(null);
  // Set in an effect, not as JSX props: React 19 skips a custom element's properties and
  // on<event> listeners while it hydrates server-rendered markup (react#35446), so
  // `resources={…}` and `oncalm-help={…}` would be lost on a prerendered page.
  useEffect(() => {
    const element = help.current;
    if (!element) return;
    element.resources = resources;
    const onHelp = (event: HTMLElementEventMap['calm-help']) => setEvents((list) => [...list, `help: ${event.detail.reason}`]);
    element.addEventListener('calm-help', onHelp);
    return () => element.removeEventListener('calm-help', onHelp);
  }, []);
  return (
    <section>
      <calm-help ref={help} region="US" />
      <ul id="events" aria-live="polite">
        {events.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
    </section>
  );
}
