// The same islands as registry.ts, imported up front: the build renders them into the page.
import * as areaChoice from '../features/area/AreaChoice';
import * as childChoice from '../features/family/ChildChoice';
import * as familyKeep from '../features/family/FamilyKeep';
import * as familyManager from '../features/family/FamilyManager';
import * as familyPlan from '../features/family/FamilyPlan';
import * as stepStatus from '../features/family/StepStatus';
import * as checklistProgress from '../features/progress/ChecklistProgress';
import * as stepTick from '../features/progress/StepTick';
import * as ticksTransfer from '../features/progress/TicksTransfer';
import * as packBuilder from '../features/schools/PackBuilder';
import * as packView from '../features/schools/PackView';
import * as guideFinder from '../features/search/GuideFinder';
import type { IslandName } from './registry';

export const islandModules = {
  'step-tick': stepTick,
  'checklist-progress': checklistProgress,
  'ticks-transfer': ticksTransfer,
  'guide-finder': guideFinder,
  'area-choice': areaChoice,
  'pack-builder': packBuilder,
  'pack-view': packView,
  'family-manager': familyManager,
  'family-keep': familyKeep,
  'family-plan': familyPlan,
  'child-choice': childChoice,
  'step-status': stepStatus,
} satisfies Record<IslandName, { default: unknown; messages: readonly string[] }>;
