import { useTranslation } from 'react-i18next';
import type { Guide } from '../../content/schema/guide';
import { SettingPathView } from '../../components/SettingPathView';
import { SourceNote } from '../../components/SourceNote';

/** How to block and how to report someone on this app. */
export function GuideActions({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const actions = [
    { id: 'block', title: t('guide.blockTitle'), action: guide.block },
    { id: 'report', title: t('guide.reportTitle'), action: guide.report },
  ];
  return (
    <>
      {actions.map(({ id, title, action }) => (
        <section key={id} aria-labelledby={id}>
          <h2 id={id}>{title}</h2>
          <p>{action.summary}</p>
          {action.none === undefined ? null : (
            <p className="notice">
              <strong>{t('guide.noSuchControl')}</strong> {action.none}
            </p>
          )}
          {action.paths.map((path, index) => (
            <SettingPathView key={index} path={path} />
          ))}
          <SourceNote source={action.source} />
        </section>
      ))}
    </>
  );
}
