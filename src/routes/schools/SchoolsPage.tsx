import { useTranslation } from 'react-i18next';
import guideIndex from 'virtual:content/guide-index';
import type { GuideSummary } from '../../content/views';
import { PageTitle } from '../../components/PageTitle';
import { Island } from '../../islands/Island';
import { absoluteUrl } from '../../routing/base';
import { href } from '../../routing/href';
import type { LoadedPage } from '../../routing/types';

/** /schools: what a school pack is, and the builder (an island). */
export function SchoolsPage({ guides }: { guides: readonly GuideSummary[] }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('schools.title')}</PageTitle>
      <p className="lead">{t('schools.lead')}</p>
      <section aria-labelledby="pack-privacy">
        <h2 id="pack-privacy">{t('schools.privacyTitle')}</h2>
        <p>{t('schools.privacyText')}</p>
      </section>
      <noscript>
        <p className="notice">{t('schools.noScript')}</p>
      </noscript>
      <Island
        name="pack-builder"
        props={{ guides: guides.map((guide) => ({ id: guide.id, name: guide.name, url: absoluteUrl(href('guide', { id: guide.id })) })), packUrl: absoluteUrl(href('schoolPack')) }}
      />
    </>
  );
}

export function loadSchoolsPage(): LoadedPage {
  return {
    render: () => <SchoolsPage guides={guideIndex} />,
    head: (t) => ({ title: t('schools.title'), description: t('schools.description') }),
  };
}
