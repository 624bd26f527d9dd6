// Every island, by name, loaded on demand in the browser. An island is a part of a page a parent
// taps or types in; the rest of the page is static HTML and never hydrates. Each island module
// exports its component as `default` and the UI strings it uses as `messages`.
export const islandLoaders = {
  'step-tick': () => import('../features/progress/StepTick'),
  'checklist-progress': () => import('../features/progress/ChecklistProgress'),
  'ticks-transfer': () => import('../features/progress/TicksTransfer'),
  'guide-finder': () => import('../features/search/GuideFinder'),
  'area-choice': () => import('../features/area/AreaChoice'),
  'pack-builder': () => import('../features/schools/PackBuilder'),
  'pack-view': () => import('../features/schools/PackView'),
  'family-manager': () => import('../features/family/FamilyManager'),
  'family-keep': () => import('../features/family/FamilyKeep'),
  'family-plan': () => import('../features/family/FamilyPlan'),
  'child-choice': () => import('../features/family/ChildChoice'),
  'step-status': () => import('../features/family/StepStatus'),
};

export type IslandName = keyof typeof islandLoaders;
