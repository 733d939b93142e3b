// React 18 cannot set objects as properties on custom elements nor listen to custom events, so
// it uses the wrappers from calmkit/react (which also register the elements).
import type { HostResource } from 'calmkit';
import { CalmHelp } from 'calmkit/react';
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
      <h1>React 18</h1>
      <CalmHelp
        resources={resources}
        onCalmHelp={(event) => setEvents((list) => [...list, `help: ${event.detail.reason}`])}
      />
      <ul id="events" aria-live="polite">
        {events.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
