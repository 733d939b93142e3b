// The calmkit/react wrappers (React 18 and earlier), typed without @lit/react installed.
import { CalmBreathing, CalmFlow, CalmHelp, CalmKiosk } from 'calmkit/react';

export const ok = (
  <>
    <CalmHelp variant="inline" onCalmHelp={(event) => event.detail.reason} />
    <CalmBreathing pattern="4-6" onCalmPhase={(event) => event.detail.index} />
    <CalmFlow flow="tipp" onCalmCheckIn={(event) => event.detail.needs} onCalmPause={(event) => event.detail.reason} />
    <CalmKiosk onCalmComplete={(event) => event.detail.finished} />
  </>
);

export const mistakes = (
  <>
    {/* @ts-expect-error a variant is button, panel or inline */}
    <CalmHelp variant="modal" />
    {/* @ts-expect-error calm-flow's check-in detail has no reason */}
    <CalmFlow onCalmCheckIn={(event) => event.detail.reason} />
    {/* @ts-expect-error not a prop of the wrapper */}
    <CalmBreathing bogus={1} />
  </>
);
