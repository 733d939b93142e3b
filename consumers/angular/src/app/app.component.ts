import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { CalmEventMap, HostResource } from 'calmkit';

/**
 * CUSTOM_ELEMENTS_SCHEMA lets the template use calm-* elements: [resources] sets the property,
 * (calm-help) listens to the event.
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular</h1>
      <calm-help [resources]="resources" (calm-help)="onHelp($event)"></calm-help>
      <ul id="events" aria-live="polite">
        @for (text of events(); track $index) {
          <li>{{ text }}</li>
        }
      </ul>
    </main>
  `,
})
export class AppComponent {
  readonly resources: HostResource[] = [
    {
      id: 'riverside-clinic',
      name: 'Riverside Clinic duty line',
      channels: [{ kind: 'call', target: '+1 555 0100' }],
      hours: 'Weekdays 9:00–17:00',
    },
  ];
  readonly events = signal<string[]>([]);

  onHelp(event: Event): void {
    const { reason } = (event as CalmEventMap['calm-help']).detail;
    this.events.update((list) => [...list, `help: ${reason}`]);
  }
}
