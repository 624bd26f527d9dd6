// A school's pack, as a parent opens it from a link, a QR code or a message: the school's name
// and contact, and its chosen guides with the parent's own progress. Everything comes from the
// link's fragment, is shown as text only, and a link that cannot be read says so plainly.
import { useSyncExternalStore } from 'react';
import { useIsland } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { useTicks } from '../progress/provider';
import { decodePack, mailtoHref, telHref, type PackResult } from './pack';

export const messages: readonly MessageKey[] = [
  'schools.view.from',
  'schools.view.contact',
  'schools.view.email',
  'schools.view.phone',
  'schools.view.guidesTitle',
  'schools.view.progress',
  'schools.view.skipped',
  'schools.view.error.bad-encoding',
  'schools.view.error.not-json',
  'schools.view.error.wrong-version',
  'schools.view.error.future',
  'schools.view.error.oversized',
  'schools.view.error.bad-field',
  'schools.view.error.no-guides',
  'schools.view.none',
];

export interface PackGuide {
  id: string;
  name: string;
  href: string;
  stepIds: readonly string[];
}

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function GuideLine({ guide }: { guide: PackGuide }) {
  const { t } = useIsland();
  const ticks = useTicks(guide.id);
  const done = guide.stepIds.filter((step) => ticks[step] !== undefined).length;
  return (
    <li className="guide-item">
      <a href={guide.href} className="guide-item__link">
        {guide.name}
      </a>
      <span className="guide-item__meta">{t('schools.view.progress', { done, total: guide.stepIds.length })}</span>
    </li>
  );
}

export default function PackView({ guides }: { guides: readonly PackGuide[] }) {
  const { t } = useIsland();
  const live = useHydrated();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash, () => '');
  if (!live) return null;
  if (hash === '') return <p className="notice">{t('schools.view.none')}</p>;
  const byId = new Map(guides.map((guide) => [guide.id, guide]));
  const result: PackResult = decodePack(hash, new Set(byId.keys()));
  if (!result.ok) {
    const key = result.reason === 'wrong-version' && result.future ? 'schools.view.error.future' : (`schools.view.error.${result.reason}` as const);
    return (
      <div className="notice notice--warning" role="alert">
        <p>{t(key)}</p>
      </div>
    );
  }
  const { pack, skipped } = result;
  const email = mailtoHref(pack.lead.email);
  const phone = telHref(pack.lead.phone);
  return (
    <div className="pack-view">
      <p className="lead">{t('schools.view.from', { school: pack.school })}</p>
      <section aria-labelledby="pack-contact">
        <h2 id="pack-contact">{t('schools.view.contact', { name: pack.lead.name })}</h2>
        <ul className="link-list">
          {email && pack.lead.email ? (
            <li>
              {t('schools.view.email')} <a href={email}>{pack.lead.email}</a>
            </li>
          ) : null}
          {phone && pack.lead.phone ? (
            <li>
              {t('schools.view.phone')} <a href={phone}>{pack.lead.phone}</a>
            </li>
          ) : null}
        </ul>
      </section>
      <section aria-labelledby="pack-guides">
        <h2 id="pack-guides">{t('schools.view.guidesTitle')}</h2>
        <ul className="guide-list">
          {pack.guides.map((id) => {
            const guide = byId.get(id);
            return guide ? <GuideLine key={id} guide={guide} /> : null;
          })}
        </ul>
        {skipped.length > 0 ? <p className="meta">{t('schools.view.skipped', { count: skipped.length })}</p> : null}
      </section>
    </div>
  );
}
