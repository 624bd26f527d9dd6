// The home page's glance at each child's plan: "Sam: 5 of 12 steps done", filled in from this
// phone's data. The plan code and guide files load only when there are children to show.
import { children } from '../features/progress/model';
import type { DeviceStore } from '../features/progress/store';
import { FAMILY_SUMMARY, FAMILY_SUMMARY_EMPTY, FAMILY_SUMMARY_TEXT } from './attributes';

export function startFamilySummary(store: DeviceStore): void {
  const list = document.querySelector<HTMLElement>(`[${FAMILY_SUMMARY}]`);
  if (list === null) return;
  const render = async () => {
    const kids = children(store.getSnapshot().data);
    if (kids.length === 0) {
      list.hidden = true;
      return;
    }
    const [{ buildPlan }, { loadPlanGuides }, { todayIso }] = await Promise.all([import('../features/family/plan'), import('../features/family/load-plan-data'), import('../features/freshness/today')]);
    const guides = await loadPlanGuides(kids.flatMap((kid) => kid.apps));
    const template = list.getAttribute(FAMILY_SUMMARY_TEXT) ?? '';
    const items = kids.map((kid) => {
      const plan = buildPlan(kid, guides, todayIso());
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${list.getAttribute(FAMILY_SUMMARY) ?? ''}?child=${encodeURIComponent(kid.id)}`;
      // textContent, never HTML: a name is whatever the parent typed.
      link.textContent = kid.name;
      const text = kid.apps.length === 0 ? (list.getAttribute(FAMILY_SUMMARY_EMPTY) ?? '') : template.replace('{{done}}', String(plan.done)).replace('{{total}}', String(plan.total));
      item.append(link, `: ${text}`);
      return item;
    });
    list.replaceChildren(...items);
    list.hidden = false;
  };
  void render();
  store.subscribe(() => void render());
}
