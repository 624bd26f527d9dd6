// Shows and hides the prerendered site notices (src/app/SiteNotices.tsx) by name.
import { ACTION, NOTICE } from './attributes';

export function noticeElement(name: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${NOTICE}="${name}"]`);
}

export function showNotice(name: string, shown = true): void {
  const element = noticeElement(name);
  if (element) element.hidden = !shown;
}

/** Calls `handler` when a button with this action inside `root` is pressed. */
export function onAction(root: ParentNode, action: string, handler: (button: HTMLButtonElement) => void): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>(`[${ACTION}="${action}"]`)) {
    button.addEventListener('click', () => handler(button));
  }
}

/** "OK" and "Not now" hide the notice they are in. */
export function wireDismissButtons(): void {
  onAction(document, 'dismiss', (button) => {
    const notice = button.closest<HTMLElement>(`[${NOTICE}]`);
    if (notice) notice.hidden = true;
  });
}
