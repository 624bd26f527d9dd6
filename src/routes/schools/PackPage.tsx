import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import guideIndex from 'virtual:content/guide-index';
import knownIds from 'virtual:content/known-ids';
import type { GuideSummary } from '../../content/views';
import { HelpStrip } from '../../components/HelpStrip';
import { PageTitle } from '../../components/PageTitle';
import { Island } from '../../islands/Island';
import { withBase } from '../../routing/base';
import { href } from '../../routing/href';
import type { LoadedPage } from '../../routing/types';

/** /schools/pack#p=...: a school's pack as parents open it. The pack itself is read in the browser. */
export function PackPage({ guides, steps }: { guides: readonly GuideSummary[]; steps: Readonly<Record<string, readonly string[]>> }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('schools.packTitle')}</PageTitle>
      <noscript>
        <p className="notice">{t('schools.packNoScript')}</p>
      </noscript>
      <Island
        name="pack-view"
        props={{ guides: guides.map((guide) => ({ id: guide.id, name: guide.name, href: withBase(href('guide', { id: guide.id })), stepIds: steps[guide.id] ?? [] })) }}
      />
      <p>
        <Link to={href('apps')}>{t('notFound.guides')}</Link>
      </p>
      <HelpStrip />
    </>
  );
}

export function loadPackPage(): LoadedPage {
  return {
    render: () => <PackPage guides={guideIndex} steps={knownIds.steps} />,
    head: (t) => ({ title: t('schools.packTitle'), description: t('schools.packDescription') }),
  };
}
