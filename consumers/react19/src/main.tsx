// Registers every element before React renders, so React 19 sees `resources` on the element and
// sets it as a property (on a not-yet-defined element it would set an attribute instead).
import 'calmkit';
import type { HostResource } from 'calmkit';
// JSX typings for calm-* tags: their properties as props, `oncalm-*` event props typed.
import type {} from 'calmkit/jsx';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const resources: HostResource[] = [
  {
    id: 'riverside-clinic',
    name: 'Riverside Clinic duty line',
    channels: [{ kind: 'call', target: '+1 555 0100' }],
    hours: 'Weekdays 9:00–17:00',
  },
];

function App() {
  const [events, setEvents] = useState<string[]>([]);
  return (
    <main>
      <h1>React 19</h1>
      <calm-help resources={resources} oncalm-help={(event) => setEvents((list) => [...list, `help: ${event.detail.reason}`])} />
      <ul id="events" aria-live="polite">
        {events.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
