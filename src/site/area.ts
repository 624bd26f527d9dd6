// The reader's chosen area, applied to the static page: lists of areas put theirs first, local
// notes show only theirs, and the "Your area" link leads to their area's page. Only an area the
// guide knows is used; anything else in storage is ignored.
import type { DeviceStore } from '../features/progress/store';
import { AREA_ID, AREA_LINK, AREA_ONLY, AREA_ORDER } from './attributes';

function apply(area: string | null): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`[${AREA_LINK}]`)) {
    const known = (link.getAttribute(AREA_LINK) ?? '').split(' ');
    const base = link.dataset.areaBase ?? link.getAttribute('href') ?? '';
    link.dataset.areaBase = base;
    link.setAttribute('href', area !== null && known.includes(area) ? `${base}/${encodeURIComponent(area)}` : base);
  }
  for (const list of document.querySelectorAll<HTMLElement>(`[${AREA_ORDER}]`)) {
    const items = [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.hasAttribute(AREA_ID));
    const original = list.dataset.areaOriginal?.split(' ') ?? items.map((item) => item.getAttribute(AREA_ID) ?? '');
    list.dataset.areaOriginal = original.join(' ');
    const ordered = [...items].sort((a, b) => {
      const rank = (el: HTMLElement) => (el.getAttribute(AREA_ID) === area ? -1 : original.indexOf(el.getAttribute(AREA_ID) ?? ''));
      return rank(a) - rank(b);
    });
    for (const item of ordered) list.append(item);
  }
  for (const list of document.querySelectorAll<HTMLElement>(`[${AREA_ONLY}]`)) {
    const items = [...list.querySelectorAll<HTMLElement>(`[${AREA_ID}]`)];
    const mine = items.some((item) => item.getAttribute(AREA_ID) === area);
    for (const item of items) item.hidden = mine && item.getAttribute(AREA_ID) !== area;
  }
}

export function startArea(store: DeviceStore): void {
  let last: string | null | undefined;
  const update = () => {
    const { area } = store.getSnapshot().data;
    if (area === last) return;
    last = area;
    apply(area);
  };
  update();
  store.subscribe(update);
}
