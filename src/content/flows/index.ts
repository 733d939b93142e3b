/**
 * The built-in flows of `<calm-flow>`, as the same versioned JSON a clinician writes (see
 * docs/authoring-flows.md). Each flow carries its own words in all four languages (English,
 * Spanish, French, Arabic), so the string catalogs hold only the flow element's buttons and
 * progress. Sources are in each file's `source` fields (CONTENT.md "De-escalation").
 * They go through the same validator as a host's definition; a test keeps them valid.
 */
import { validateFlow, type FlowDefinition } from '../../engine/flow-schema.js';
import { groundingEnglish } from '../../locales/en/grounding.js';
import { addEnglish } from '../../locales/registry.js';
import calmDown from './calm-down.json';
import safetyPlan from './safety-plan.json';
import staffSupport from './staff-support.json';
import stop from './stop.json';
import tipp from './tipp.json';
import urgeSurfing from './urge-surfing.json';

export type BuiltInFlowId = 'calm-down' | 'tipp' | 'stop' | 'urge-surfing' | 'staff-support' | 'safety-plan';
export const BUILT_IN_FLOWS: readonly BuiltInFlowId[] = Object.freeze(['calm-down', 'tipp', 'stop', 'urge-surfing', 'staff-support', 'safety-plan']);
export const DEFAULT_FLOW: BuiltInFlowId = 'calm-down';

/** The definitions as written (parsed JSON). */
export const builtInFlowSources: Readonly<Record<BuiltInFlowId, unknown>> = Object.freeze({
  'calm-down': calmDown,
  tipp,
  stop,
  'urge-surfing': urgeSurfing,
  'staff-support': staffSupport,
  'safety-plan': safetyPlan,
});

// A step may show an exercise's own instruction by its catalog key (TIPP's paired muscles).
addEnglish(groundingEnglish);

const validated = new Map<BuiltInFlowId, FlowDefinition | undefined>();

/** A built-in flow, validated and copied once. */
export function builtInFlow(id: BuiltInFlowId): FlowDefinition | undefined {
  if (!validated.has(id)) validated.set(id, validateFlow(builtInFlowSources[id]).definition);
  return validated.get(id);
}
