// The browser entry: load the page the URL names, hydrate the prerendered HTML, then (once
// idle) register the service worker so the guide works offline.
import './styles/index.css';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { startServiceWorker } from './features/offline/service-worker';
import { createI18n } from './i18n/setup';
import { preloadPage } from './routing/page-cache';

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
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    // Register once the page has loaded, so installing the worker never competes with the page.
    const register = () => void import('virtual:pwa-register').then(({ registerSW }) => startServiceWorker(registerSW));
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }
}

void start();
