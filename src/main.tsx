// The browser entry: load the page the URL names, hydrate the prerendered HTML, then (once
// idle) register the service worker so the guide works offline.
import './styles/index.css';
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { startServiceWorker } from './features/offline/service-worker';
import { createI18n } from './i18n/setup';
import { preloadPage } from './app/page-cache';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '');
const i18n = createI18n({ pseudo: import.meta.env.VITE_PSEUDO_LOCALE === '1' });

function pathWithoutBase(): string {
  const { pathname } = window.location;
  return basename !== '' && pathname.startsWith(basename) ? pathname.slice(basename.length) || '/' : pathname;
}

async function start(): Promise<void> {
  // Load the page's code and data before hydrating, so the first render matches the HTML.
  await preloadPage(pathWithoutBase()).catch(() => undefined);
  const root = document.getElementById('root');
  if (!root) return;
  // Hydrating in a transition lets React yield to the browser between pieces of work, so a long
  // page never blocks a tap for long on a slow phone.
  startTransition(() => {
    hydrateRoot(
      root,
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <BrowserRouter basename={basename}>
            <App />
          </BrowserRouter>
        </I18nextProvider>
      </StrictMode>,
    );
  });
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    // Register once the page has loaded and the browser is idle, so installing the worker (which
    // downloads the whole guide for offline use) never competes with the page the reader opened.
    const register = () => void import('virtual:pwa-register').then(({ registerSW }) => startServiceWorker(registerSW));
    const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000));
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  }
}

void start();
