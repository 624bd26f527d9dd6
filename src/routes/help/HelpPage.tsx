import { useTranslation } from 'react-i18next';
import helpRoutes from 'virtual:content/help-routes';
import type { HelpRoute, Urgency } from '../../content/schema/help';
import { HelpRouteCard } from '../../components/HelpRouteCard';
import { PageTitle } from '../../components/PageTitle';
import type { LoadedPage } from '../../routing/types';

const GROUPS: readonly { urgency: Urgency; titleKey: 'help.emergencyTitle' | 'help.reportTitle' | 'help.adviceTitle' | 'help.childTitle' }[] = [
  { urgency: 'emergency', titleKey: 'help.emergencyTitle' },
  { urgency: 'report', titleKey: 'help.reportTitle' },
  { urgency: 'advice', titleKey: 'help.adviceTitle' },
  { urgency: 'child', titleKey: 'help.childTitle' },
];

export function HelpPage({ routes }: { routes: readonly HelpRoute[] }) {
  const { t } = useTranslation();
  const national = routes.filter((route) => route.scope === 'national');
  return (
    <>
      <PageTitle>{t('help.title')}</PageTitle>
      <p className="lead lead--urgent">{t('help.lead')}</p>
      {GROUPS.map(({ urgency, titleKey }) => {
        const inGroup = national.filter((route) => route.urgency === urgency);
        if (inGroup.length === 0) return null;
        return (
          <section key={urgency} aria-labelledby={`group-${urgency}`}>
            <h2 id={`group-${urgency}`}>{t(titleKey)}</h2>
            <div className="help-routes">
              {inGroup.map((route) => (
                <HelpRouteCard key={route.id} route={route} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}

export function loadHelpPage(): LoadedPage {
  return {
    render: () => <HelpPage routes={helpRoutes} />,
    head: (t) => ({ title: t('help.title'), description: t('help.description') }),
  };
}
