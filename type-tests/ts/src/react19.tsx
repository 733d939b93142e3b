// React 19 renders calmkit's tags; calmkit/jsx types their props and on<event> listeners,
// including the events calm-flow and calm-kiosk pass through.
import type {} from 'calmkit/jsx';
import type { HostResource } from 'calmkit';

const resources: HostResource[] = [{ id: 'clinic', name: 'Clinic', channels: [{ kind: 'call', target: '+1 555 0100' }] }];

export const ok = (
  <>
    <calm-help variant="panel" resources={resources} oncalm-help={(event) => event.detail.reason} />
    <calm-breathing pattern="box" cycles={3} oncalm-phase={(event) => event.detail.cycle + 1} />
    <calm-flow flow="calm-down" oncalm-check-in={(event) => event.detail.intensity} oncalm-phase={(event) => event.detail.phase} />
    <calm-kiosk oncalm-step={(event) => event.detail.step} oncalm-reset={(event) => event.detail.reason} />
  </>
);

export const mistakes = (
  <>
    {/* @ts-expect-error a variant is button, panel or inline */}
    <calm-help variant="modal" />
    {/* @ts-expect-error cycles is a number */}
    <calm-breathing cycles={{ many: true }} />
    {/* @ts-expect-error not an attribute or property of calm-flow */}
    <calm-flow bogus={1} />
    {/* @ts-expect-error calm-help's detail has no phase */}
    <calm-help oncalm-help={(event) => event.detail.phase} />
  </>
);
