import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import guideIndex from 'virtual:content/guide-index';
import type { GuideSummary } from '../../content/views';
import { PageTitle } from '../../components/PageTitle';
import { Island } from '../../islands/Island';
import { withBase } from '../../routing/base';
import { href } from '../../routing/href';
import type { LoadedPage } from '../../routing/types';
import { GuideLinks } from './GuideLinks';

/** /family/plan?child=<id>: one child's plan. The child and their plan are read in the browser. */
export function PlanPage({ guides }: { guides: readonly GuideSummary[] }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('family.planTitle')}</PageTitle>
      <p className="lead">{t('family.planLead')}</p>
      <p>
        <Link to={href('family')}>{t('family.backToFamily')}</Link>
      </p>
      <noscript>
        <p className="notice">{t('family.planNoScript')}</p>
        <GuideLinks guides={guides} label={t('family.allGuides')} />
      </noscript>
      {/* The plan is drawn in the browser; the space is kept so the footer does not jump when it appears. */}
      <Island
        className="plan-area"
        name="family-plan"
        props={{
          familyHref: withBase(href('family')),
          guides: guides.map((guide) => ({ id: guide.id, name: guide.name, aliases: guide.aliases, href: withBase(href('guide', { id: guide.id })) })),
        }}
      />
    </>
  );
}

export function loadPlanPage(): LoadedPage {
  return {
    render: () => <PlanPage guides={guideIndex} />,
    head: (t) => ({ title: t('family.planTitle'), description: t('family.planDescription') }),
  };
}
