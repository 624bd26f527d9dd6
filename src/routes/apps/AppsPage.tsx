import { useTranslation } from 'react-i18next';
import guideIndex from 'virtual:content/guide-index';
import type { GuideSummary } from '../../content/views';
import { PageTitle } from '../../components/PageTitle';
import { SaveGuides } from '../../features/offline/SaveGuides';
import { Island } from '../../islands/Island';
import { withBase } from '../../routing/base';
import { href } from '../../routing/href';
import type { LoadedPage } from '../../routing/types';

export function AppsPage({ guides }: { guides: readonly GuideSummary[] }) {
  const { t } = useTranslation();
  const finderGuides = guides.map(({ reviewed: _reviewed, ...guide }) => ({ ...guide, href: withBase(href('guide', { id: guide.id })) }));
  return (
    <>
      <PageTitle>{t('apps.title')}</PageTitle>
      <p className="lead">{t('apps.lead')}</p>
      <Island name="guide-finder" hydrate="interaction" props={{ guides: finderGuides }} />
      <SaveGuides guidePaths={finderGuides.map((guide) => guide.href)} />
    </>
  );
}

export function loadAppsPage(): LoadedPage {
  return {
    render: () => <AppsPage guides={guideIndex} />,
    head: (t) => ({ title: t('apps.title'), description: t('apps.description') }),
  };
}
