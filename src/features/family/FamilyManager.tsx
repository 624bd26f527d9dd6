// The family page's island: the children on this phone with how far each plan is, and adding,
// changing and removing a child. Removing asks first, in words that say what goes.
import { useState } from 'react';
import { useIsland } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { todayIso } from '../freshness/today';
import { addingAdoptsTicks, ageToday, children, type Profile } from '../progress/model';
import { useProgress, useProgressStore } from '../progress/provider';
import { ChildForm } from './ChildForm';
import { CHILD_FORM_MESSAGES } from './messages';
import { buildPlan } from './plan';
import { usePlanGuides } from './use-plan-guides';

export const messages: readonly MessageKey[] = [
  ...CHILD_FORM_MESSAGES,
  'family.childrenTitle',
  'family.none',
  'family.addTitle',
  'family.add',
  'family.added',
  'family.adopted',
  'family.childAge',
  'family.childNoAge',
  'family.progress',
  'family.progressNone',
  'family.progressLoading',
  'family.recheckCount',
  'family.openPlan',
  'family.edit',
  'family.editTitle',
  'family.save',
  'family.cancel',
  'family.saved',
  'family.remove',
  'family.removeConfirm',
  'family.removeYes',
  'family.removed',
];

export interface FamilyManagerProps {
  /** The plan page's address (with the base path); the child's id goes in ?child=. */
  planHref: string;
}

function ChildCard({ child, planHref, onDone }: { child: Profile; planHref: string; onDone: (message: string) => void }) {
  const { t } = useIsland();
  const store = useProgressStore();
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const { guides, loading } = usePlanGuides(child.apps);
  const today = todayIso();
  const plan = buildPlan(child, guides, today);
  const age = ageToday(child.age, today);
  return (
    <li className="child-card">
      <h3 className="child-card__name">{child.name}</h3>
      <p className="child-card__meta">{age === null ? t('family.childNoAge') : t('family.childAge', { age: age === 4 ? t('family.ageUnder') : age })}</p>
      <p>{child.apps.length === 0 ? t('family.progressNone') : loading ? t('family.progressLoading') : t('family.progress', { done: plan.done, total: plan.total })}</p>
      {plan.recheck > 0 ? <p className="badge badge--warning">{t('family.recheckCount', { count: plan.recheck })}</p> : null}
      {plan.total > 0 ? <progress className="child-card__bar" max={plan.total} value={plan.done} aria-label={t('family.progress', { done: plan.done, total: plan.total })} /> : null}
      <p>
        <a className="button" href={`${planHref}?child=${encodeURIComponent(child.id)}`}>
          {t('family.openPlan', { name: child.name })}
        </a>
      </p>
      {mode === 'view' ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setMode('edit')}>
            {t('family.edit')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setMode('remove')}>
            {t('family.remove', { name: child.name })}
          </button>
        </div>
      ) : null}
      {mode === 'edit' ? (
        <section aria-label={t('family.editTitle', { name: child.name })}>
          <ChildForm
            name={`edit-${child.id}`}
            initial={{ name: child.name, age: child.age }}
            submitLabel={t('family.save')}
            onSubmit={(details) => {
              store.updateChild(child.id, details);
              setMode('view');
              onDone(t('family.saved'));
            }}
            onCancel={() => setMode('view')}
          />
        </section>
      ) : null}
      {mode === 'remove' ? (
        <div className="confirm" role="group" aria-label={t('family.remove', { name: child.name })}>
          <p>{t('family.removeConfirm', { name: child.name })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                store.removeChild(child.id);
                onDone(t('family.removed', { name: child.name }));
              }}
            >
              {t('family.removeYes', { name: child.name })}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode('view')}>
              {t('family.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

export default function FamilyManager({ planHref }: FamilyManagerProps) {
  const { t } = useIsland();
  const hydrated = useHydrated();
  const store = useProgressStore();
  const { data } = useProgress();
  const [status, setStatus] = useState('');
  const kids = children(data);
  return (
    // Shown in the prerendered page too (the form disabled until it can save), so nothing below
    // it moves when it comes alive.
    <div className="family">
      <section aria-labelledby="children-title">
        <h2 id="children-title">{t('family.childrenTitle')}</h2>
        {kids.length === 0 ? <p>{t('family.none')}</p> : null}
        <ul className="child-cards">
          {kids.map((child) => (
            <ChildCard key={child.id} child={child} planHref={planHref} onDone={setStatus} />
          ))}
        </ul>
      </section>
      <p role="status" className={status === '' ? undefined : 'notice notice--success'}>
        {status}
      </p>
      <section aria-labelledby="add-child-title">
        <h2 id="add-child-title">{t('family.addTitle')}</h2>
        <ChildForm
          name="add"
          disabled={!hydrated}
          submitLabel={t('family.add')}
          onSubmit={(details) => {
            const adopts = addingAdoptsTicks(store.getSnapshot().data);
            store.addChild(details);
            setStatus(t(adopts ? 'family.adopted' : 'family.added', { name: details.name }));
          }}
        />
      </section>
    </div>
  );
}
