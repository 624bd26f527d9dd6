// The plan page's island: one child's plan, built from the guides they use (plan.ts), with their
// ticks, what changed since the parent last looked, and the apps to pick. The child comes from
// ?child= in the address, else the child ticks are being kept for.
import { useEffect } from 'react';
import { formatDate } from '../../i18n/format';
import { useIsland, useIslandId } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { todayIso } from '../freshness/today';
import { children, type Profile } from '../progress/model';
import { useProgress, useProgressStore } from '../progress/provider';
import { AppPicker, type PickableGuide } from './AppPicker';
import { keepPlannedOffline } from './load-plan-data';
import { PATH_MESSAGES } from './messages';
import { usePersisted } from './use-persisted';
import { buildPlan, type PlanGroup } from './plan';
import { PlanStepItem } from './PlanStepItem';
import { usePlanGuides } from './use-plan-guides';

export const messages: readonly MessageKey[] = [
  ...PATH_MESSAGES,
  'step.unverified',
  'family.planFor',
  'family.planForAge',
  'family.ageUnder',
  'family.noChild',
  'family.addFirst',
  'family.pickTitle',
  'family.pickHint',
  'family.pickFilter',
  'family.pickNoMatch',
  'family.pickedCount',
  'family.emptyPlan',
  'family.loading',
  'family.missing',
  'error.retry',
  'family.underAge',
  'family.adultAccount',
  'family.otherAges',
  'family.openGuide',
  'family.groupProgress',
  'family.progress',
  'family.recheck',
  'family.recheckCount',
  'family.stillSet',
  'family.changedSinceTick',
  'family.updatedSinceSeen',
  'family.changesTitle',
  'family.changesSeen',
  'family.howTo',
  'family.persistGranted',
  'family.persistDenied',
  'family.persistUnknown',
];

export interface FamilyPlanProps {
  guides: PickableGuide[];
  /** The family page, with the base path. */
  familyHref: string;
}

function chosenChild(kids: readonly Profile[], active: string): Profile | undefined {
  const wanted = new URLSearchParams(window.location.search).get('child');
  if (wanted !== null) return kids.find((kid) => kid.id === wanted);
  return kids.find((kid) => kid.id === active) ?? kids[0];
}

function Group({ group, child, age, href }: { group: PlanGroup; child: Profile; age: number | null; href: string }) {
  const { t } = useIsland();
  const store = useProgressStore();
  const id = useIslandId(group.guide.id);
  const { guide } = group;
  return (
    <section className="plan-group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{guide.name}</h3>
      <p className="plan-group__meta">
        {t('family.groupProgress', { done: group.done, total: group.steps.length })} · <a href={href}>{t('family.openGuide', { app: guide.name })}</a>
      </p>
      {group.underAge ? (
        <div className="notice notice--warning">
          <p>{t('family.underAge', { app: guide.name, minimum: guide.minimum ?? '', name: child.name, age: age === 4 ? t('family.ageUnder') : (age ?? '') })}</p>
          {guide.underMinimum ? <p>{guide.underMinimum}</p> : null}
        </div>
      ) : null}
      {guide.adultAccount ? (
        <p className="notice">
          {t('family.adultAccount')} {guide.adultAccount}
        </p>
      ) : null}
      <ol className="checklist">
        {group.steps.map((state) => (
          <PlanStepItem key={state.step.id} state={state} inputId={`${id}-${state.step.id}`} onTick={(ticked) => store.setTickFor(child.id, guide.id, state.step.id, ticked)} />
        ))}
      </ol>
      {group.otherAges > 0 ? <p className="caveat">{t('family.otherAges', { count: group.otherAges })}</p> : null}
    </section>
  );
}

function Plan({ child, guideList }: { child: Profile; guideList: readonly PickableGuide[] }) {
  const { t, language } = useIsland();
  const store = useProgressStore();
  const { guides, loading, retry } = usePlanGuides(child.apps);
  const asked = usePersisted(child.apps.length > 0);
  const persist = asked === 'asking' ? null : asked;
  const hasPlan = child.apps.length > 0;
  const appsKey = child.apps.join(' ');

  useEffect(() => {
    if (appsKey === '') return;
    // Planned guides are read offline too: keep their pages and plan files (the first offline tier).
    const planned = new Set(appsKey.split(' '));
    void keepPlannedOffline(guideList.filter((guide) => planned.has(guide.id)));
  }, [appsKey, guideList]);

  const plan = buildPlan(child, guides, todayIso());
  const hrefs = new Map(guideList.map((guide) => [guide.id, guide.href]));
  const names = new Map(guideList.map((guide) => [guide.id, guide.name]));
  return (
    <>
      <h2>{plan.age === null ? t('family.planFor', { name: child.name }) : t('family.planForAge', { name: child.name, age: plan.age === 4 ? t('family.ageUnder') : plan.age })}</h2>
      {hasPlan && !loading ? (
        <>
          <p className="plan__progress">{t('family.progress', { done: plan.done, total: plan.total })}</p>
          {plan.total > 0 ? <progress className="plan__bar" max={plan.total} value={plan.done} aria-label={t('family.progress', { done: plan.done, total: plan.total })} /> : null}
          {plan.recheck > 0 ? <p className="badge badge--warning">{t('family.recheckCount', { count: plan.recheck })}</p> : null}
        </>
      ) : null}
      {persist !== null ? <p className={persist === 'granted' ? 'caveat' : 'notice notice--warning'}>{t(persist === 'granted' ? 'family.persistGranted' : persist === 'denied' ? 'family.persistDenied' : 'family.persistUnknown')}</p> : null}
      {plan.changes.length > 0 ? (
        <section className="notice plan-changes" aria-labelledby="plan-changes-title">
          <h3 id="plan-changes-title">{t('family.changesTitle')}</h3>
          <ul>
            {plan.changes.map(({ guide, line }, index) => (
              <li key={index}>
                <strong>{guide.name}</strong>, {formatDate(line.date, language)}: {line.summary}
              </li>
            ))}
          </ul>
          <button type="button" className="button button--secondary" onClick={() => store.markChangesSeen(child.id)}>
            {t('family.changesSeen')}
          </button>
        </section>
      ) : null}
      <AppPicker childName={child.name} guides={guideList} picked={child.apps} onChange={(apps) => store.setApps(child.id, apps)} />
      {!hasPlan ? <p>{t('family.emptyPlan', { name: child.name })}</p> : null}
      {hasPlan && loading ? <p role="status">{t('family.loading')}</p> : null}
      {!loading && plan.missing.length > 0 ? (
        <div className="notice notice--warning">
          <p>{t('family.missing', { apps: plan.missing.map((id) => names.get(id) ?? id).join(', ') })}</p>
          <button type="button" className="button button--secondary" onClick={retry}>
            {t('error.retry')}
          </button>
        </div>
      ) : null}
      {plan.groups.map((group) => (
        <Group key={group.guide.id} group={group} child={child} age={plan.age} href={hrefs.get(group.guide.id) ?? '#'} />
      ))}
    </>
  );
}

export default function FamilyPlan({ guides, familyHref }: FamilyPlanProps) {
  const { t } = useIsland();
  const hydrated = useHydrated();
  const { data } = useProgress();
  if (!hydrated) return null;
  const child = chosenChild(children(data), data.activeProfile);
  if (child === undefined) {
    return (
      <div className="notice">
        <p>{t('family.noChild')}</p>
        <p>
          <a className="button" href={familyHref}>
            {t('family.addFirst')}
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="plan">
      <Plan child={child} guideList={guides} />
    </div>
  );
}
