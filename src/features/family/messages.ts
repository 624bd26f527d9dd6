// UI strings shared by the family islands, declared once so each island lists what it renders.
import type { MessageKey } from '../../islands/messages';
import { PLATFORMS } from '../../content/schema/enums';

/** What a setting path needs (SettingPathBody). */
export const PATH_MESSAGES: readonly MessageKey[] = ['path.on', 'path.open', 'path.choose', 'path.separator', 'path.then', ...PLATFORMS.map((p) => `platform.${p}` as MessageKey)];

/** What the child form needs (ChildForm). */
export const CHILD_FORM_MESSAGES: readonly MessageKey[] = ['family.name', 'family.nameHint', 'family.nameMissing', 'family.age', 'family.ageHint', 'family.ageChoose', 'family.ageUnder', 'family.ageYears', 'family.ageSecret', 'family.ageMissing', 'family.ageSecretNote'];
