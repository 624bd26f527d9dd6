import { useTranslation } from 'react-i18next';
import type { Source } from '../../content/schema/common';
import { SourceNote } from '../../components/SourceNote';

/** "Where this advice comes from", with each page and the date it was checked. */
export function HelpSourceList({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{t('helpPages.sourcesTitle')}</h2>
      {sources.map((source) => (
        <SourceNote key={source.url} source={source} />
      ))}
    </section>
  );
}
