// The "Share" control on every page: the phone's share sheet where the browser has one (Web
// Share), otherwise "Copy link" with a visible confirmation. It needs no network, so a parent can
// copy a link with no signal. Prerendered hidden (it needs script), shown here.
import { ACTION } from './attributes';

/** The address to share: the page's canonical URL, or the address as it is (a pack link keeps its fragment). */
function shareUrl(button: HTMLElement): string {
  if (button.dataset.shareUrl === 'current') return window.location.href;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical ?? window.location.href.replace(/#.*$/, '');
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function startShareButtons(): void {
  const canShare = typeof navigator.share === 'function';
  for (const control of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const button = control.querySelector<HTMLButtonElement>(`[${ACTION}="share"]`);
    const status = control.querySelector<HTMLElement>('[data-share-status]');
    const fallback = control.querySelector<HTMLInputElement>('[data-share-fallback]');
    if (!button || !status) continue;
    button.textContent = (canShare ? button.dataset.labelShare : button.dataset.labelCopy) ?? button.textContent;
    control.hidden = false;
    button.addEventListener('click', () => {
      const url = shareUrl(button);
      void (async () => {
        if (canShare) {
          try {
            await navigator.share({ title: document.title, url });
            return;
          } catch (error) {
            // The reader closed the share sheet: nothing to say. Otherwise fall back to copying.
            if (error instanceof DOMException && error.name === 'AbortError') return;
          }
        }
        if (await copy(url)) {
          status.textContent = status.dataset.copied ?? '';
          if (fallback) fallback.hidden = true;
        } else if (fallback) {
          // No clipboard: show the link, selected, so it can be copied by hand.
          status.textContent = status.dataset.copyFailed ?? '';
          fallback.value = url;
          fallback.hidden = false;
          fallback.select();
        }
      })();
    });
  }
}
