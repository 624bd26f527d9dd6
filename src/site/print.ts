import { ACTION } from './attributes';

/** Print buttons are prerendered hidden (they need script); show them and make them print. */
export function startPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(`[${ACTION}="print"]`)) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
