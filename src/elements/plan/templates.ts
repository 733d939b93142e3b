/**
 * The sections of `<calm-plan>`'s templates (CONTENT.md "De-escalation"): an id each (used in
 * `.value`) and catalog keys for its label and an optional hint.
 */
import type { PlanTemplate } from '../../engine/flow-schema.js';
import type { StringKey } from '../../locales/en.js';

export interface PlanSection {
  readonly id: string;
  readonly label: StringKey;
  readonly hint?: StringKey;
}
export interface PlanTemplateText {
  readonly title: StringKey;
  readonly intro: StringKey;
  readonly sections: readonly PlanSection[];
}

export const planTemplates: Readonly<Record<PlanTemplate, PlanTemplateText>> = Object.freeze({
  // Stanley & Brown 2012 (Cogn Behav Pract 19:256): the six sections of the safety planning
  // intervention, in the person's own words, brief, built with support; not a contract.
  safety: {
    title: 'plan.safety.title',
    intro: 'plan.safety.intro',
    sections: [
      { id: 'warning-signs', label: 'plan.safety.warning', hint: 'plan.safety.warningHint' },
      { id: 'coping', label: 'plan.safety.coping' },
      { id: 'social', label: 'plan.safety.social' },
      { id: 'people', label: 'plan.safety.people', hint: 'plan.safety.peopleHint' },
      { id: 'professionals', label: 'plan.safety.professionals', hint: 'plan.safety.professionalsHint' },
      { id: 'environment', label: 'plan.safety.environment', hint: 'plan.safety.environmentHint' },
    ],
  },
  // School calm-down plan, built while calm with the student: what sets me off, my early signs,
  // two or more strategies, who I go to and what I will say, my calm place.
  'calm-down': {
    title: 'plan.calmDown.title',
    intro: 'plan.calmDown.intro',
    sections: [
      { id: 'upsets', label: 'plan.calmDown.upsets' },
      { id: 'signs', label: 'plan.calmDown.signs', hint: 'plan.calmDown.signsHint' },
      { id: 'helps', label: 'plan.calmDown.helps', hint: 'plan.calmDown.helpsHint' },
      { id: 'people', label: 'plan.calmDown.people' },
      { id: 'place', label: 'plan.calmDown.place' },
    ],
  },
});
