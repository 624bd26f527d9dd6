// Helpers for browser tests: a static server for the build, the list of prerendered pages, and
// waiting for the service worker to take control.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

export interface Site {
  url: string;
  dir: string;
  close: () => Promise<void>;
}

/** Serves a build. `copy` serves a private copy, so a test can change it (a "deploy"). */
export async function startSite(options: { copy?: boolean } = {}): Promise<Site> {
  const dir = options.copy ? mkdtempSync(join(tmpdir(), 'guide-site-')) : DIST;
  if (options.copy) cpSync(DIST, dir, { recursive: true });
  const server = await startServer({ dir });
  return { url: server.url, dir, close: server.close };
}

/** Every prerendered page's clean URL path, e.g. /apps/snapchat (not the 404 and offline pages, which are not indexed). */
export function prerenderedPaths(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'assets') walk(full);
      } else if (entry.name.endsWith('.html') && !readFileSync(full, 'utf8').includes('<meta name="robots" content="noindex">')) {
        const path = `/${relative(DIST, full).replace(/\.html$/, '')}`;
        out.push(path === '/index' ? '/' : path);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** Resolves once a service worker controls the page and has finished precaching. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      // The first visit is not controlled until the worker claims it or the page reloads.
      await new Promise<void>((done) => {
        if (registration.active?.state === 'activated') done();
        else registration.active?.addEventListener('statechange', () => done());
      });
    }
  });
  await page.getByText('Ready to read offline').waitFor();
}

/** Pages kept "on-demand" offline (the guides), from the route table via dist/route-files.json. */
export function onDemandPaths(): string[] {
  const routes = JSON.parse(readFileSync(join(DIST, 'route-files.json'), 'utf8')) as { path: string; offline: string }[];
  return routes.filter((route) => route.offline === 'on-demand').map((route) => route.path);
}
