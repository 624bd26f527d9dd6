import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import signs from 'virtual:content/signs';
import type { Signs } from '../../content/schema/help-pages';
import { HelpStrip } from '../../components/HelpStrip';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { PageTitle } from '../../components/PageTitle';
import { SourceNote } from '../../components/SourceNote';
import type { LoadedPage } from '../../routing/types';

export function SignsPage({ content }: { content: Signs }) {
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs parent={{ to: '/help', label: t('help.title') }} current={t('helpPages.signsTitle')} />
      <PageTitle>{t('helpPages.signsTitle')}</PageTitle>
      <section aria-labelledby="signs">
        <h2 id="signs">{t('helpPages.signsHeading')}</h2>
        <p>{content.intro}</p>
        <ul>
          {content.signs.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
        <p className="caveat">{content.note}</p>
        <SourceNote source={content.source} />
      </section>
      <section aria-labelledby="starters">
        <h2 id="starters">{t('helpPages.startersHeading')}</h2>
        <p>{t('helpPages.startersLead')}</p>
        {content.starters.map((group) => (
          <div key={group.id}>
            <h3>{group.ages}</h3>
            <ul className="starters">
              {group.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <p>
        <Link to="/help/something-happened">{t('helpPages.firstHourLink')}</Link>
      </p>
      <HelpStrip />
    </>
  );
}

export function loadSignsPage(): LoadedPage {
  return {
    render: () => <SignsPage content={signs} />,
    head: (t) => ({ title: t('helpPages.signsTitle'), description: t('helpPages.signsDescription') }),
  };
}
