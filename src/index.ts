/**
 * calmkit: registers every element. For a page that needs only one, import its own module
 * (`calmkit/help.js`) so the others are not loaded.
 */
export { CalmBreathing } from './elements/breathing/define.js';
export { CalmCheckIn } from './elements/check-in/define.js';
export { CalmFlow } from './elements/flow/define.js';
export { CalmGrounding } from './elements/grounding/define.js';
export { CalmHelp } from './elements/help/define.js';
export { CalmKiosk } from './elements/kiosk/define.js';
export { CalmPlan } from './elements/plan/define.js';
export { CalmQuickExit } from './elements/quick-exit/define.js';
export { CalmTimer } from './elements/timer/define.js';
export { CalmSchedule } from './elements/schedule/define.js';
export { CalmChoice } from './elements/choice/define.js';
export { CalmElement } from './elements/calm-element.js';
export { registerLocale } from './locales/registry.js';
export type { Catalog, StringKey } from './locales/en.js';
export type * from './events.js';
export type { HelpContact, HostResource } from './engine/resources.js';
export {
  validateFlow,
  type Branch,
  type ChoiceOption,
  type Comparison,
  type Condition,
  type FlowDefinition,
  type FlowStep,
  type FlowText,
  type PlanTemplate,
  type StepKind,
} from './engine/flow-schema.js';
export type { Phase, PhaseKind, PresetId } from './content/patterns.js';
export type { BuiltInFlowId } from './content/flows/index.js';
export type { Audience, ExerciseId } from './content/exercises.js';
export type { BodyArea, CheckInStep, NeedId, Quadrant, QuadrantAnswer, SafetyAnswer, Scale } from './content/check-in.js';
export type { HelpVariant } from './elements/help/calm-help.js';
export type { HelpPlacement } from './elements/calm-activity.js';
export type { KioskActivityId, KioskScreen } from './elements/kiosk/calm-kiosk.js';
export type { PlanValue } from './elements/plan/calm-plan.js';
export type { GroundingInput, GroundingState } from './elements/grounding/calm-grounding.js';
export type { FlowState } from './elements/flow/calm-flow.js';
export type { CueKind } from './controllers/cues.js';
export type { PictureItem } from './engine/picture-items.js';
export { pictogramGroups, type PictogramId } from './content/pictograms.js';
export type { CrisisChannel, CrisisEntry, RegionDirectory } from './content/crisis-directory.js';
export { VERSION } from './version.js';
