import { useTranslation } from 'react-i18next';
import guideIndex from 'virtual:content/guide-index';
import type { GuideSummary } from '../../content/views';
import { PageTitle } from '../../components/PageTitle';
import { Island } from '../../islands/Island';
import { withBase } from '../../routing/base';
import { href } from '../../routing/href';
import type { LoadedPage } from '../../routing/types';
import { GuideLinks } from './GuideLinks';

/** /family: the children on this phone, their plans' progress, and keeping or deleting it all. */
export function FamilyPage({ guides }: { guides: readonly GuideSummary[] }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('family.title')}</PageTitle>
      <p className="lead">{t('family.lead')}</p>
      <p>{t('family.whatAsked')}</p>
      <noscript>
        <p className="notice">{t('family.noScript')}</p>
        <GuideLinks guides={guides} label={t('family.allGuides')} />
      </noscript>
      <Island name="family-manager" props={{ planHref: withBase(href('familyPlan')) }} />
      <section aria-labelledby="keep-title">
        <h2 id="keep-title">{t('family.keepTitle')}</h2>
        <p>{t('transfer.text')}</p>
        <Island name="ticks-transfer" props={{}} />
        <Island name="family-keep" props={{}} />
      </section>
    </>
  );
}

export function loadFamilyPage(): LoadedPage {
  return {
    render: () => <FamilyPage guides={guideIndex} />,
    head: (t) => ({ title: t('family.title'), description: t('family.description') }),
  };
}
