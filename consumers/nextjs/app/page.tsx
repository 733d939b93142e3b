// A server component: rendered at build time, it never imports calmkit itself. The client
// component below does, and Next.js prerenders it in Node too, so calmkit's modules must import
// there without a DOM.
import { HelpPanel } from './help-panel';

export default function Page() {
  return (
    <main>
      <h1>Next.js</h1>
      <p>If you need someone to talk to, help is one tap away.</p>
      <HelpPanel />
    </main>
  );
}
