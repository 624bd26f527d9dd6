import { useTranslation } from 'react-i18next';
import type { Guide } from '../../content/schema/guide';
import { SettingPathView } from '../../components/SettingPathView';
import { SourceNote } from '../../components/SourceNote';

/** "Tools for parents", and what each cannot see. */
export function GuideTools({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="tools">
      <h2 id="tools">{t('guide.toolsTitle')}</h2>
      {guide.parentToolsNote ? <p>{guide.parentToolsNote}</p> : null}
      {guide.parentTools.map((tool) => (
        <div key={tool.name} className="tool">
          <h3>{tool.name}</h3>
          <p>{tool.what}</p>
          <p>
            <strong>{t('guide.cannotSee')}:</strong> {tool.cannotSee}
          </p>
          {tool.paths.map((path, index) => (
            <SettingPathView key={index} path={path} />
          ))}
          <SourceNote source={tool.source} />
        </div>
      ))}
    </section>
  );
}
