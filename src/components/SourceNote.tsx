import { useTranslation } from 'react-i18next';
import type { Source } from '../content/schema/common';
import { formatDate } from '../i18n/format';
import { splitLink } from '../i18n/split-link';
import { ExternalLink } from './ExternalLink';

/** "German" for "de", in the reader's language; the code itself if the browser has no name for it. */
function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Checked against <page> on <date>." under every fact that has a source. */
export function SourceNote({ source }: { source: Source }) {
  const { t, i18n } = useTranslation();
  const { before, link, after } = splitLink(t('source.checked', { title: source.title, date: formatDate(source.checked, i18n.language) }));
  return (
    <>
      {source.unverified === undefined ? null : (
        <p className="unverified">
          <strong className="badge badge--warning">{t('step.unverified')}</strong> {source.unverified}
        </p>
      )}
      <p className="source-note">
        {before}
        <ExternalLink href={source.url}>{link}</ExternalLink>
        {after}
        {source.language === undefined ? null : <> {t('source.language', { language: languageName(source.language, i18n.language) })}</>}
      </p>
    </>
  );
}
