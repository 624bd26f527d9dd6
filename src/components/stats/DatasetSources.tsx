import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../content/schema/stats';
import { formatDate } from '../../i18n/format';
import { ExternalLink } from '../ExternalLink';

/** The publications a dataset's figures come from, with dates and links where known. */
export function DatasetSources({ dataset }: { dataset: Dataset }) {
  const { i18n } = useTranslation();
  return (
    <ul className="sources">
      {dataset.sources.map((source) => (
        <li key={source.id}>
          {source.publisher}, {source.url ? <ExternalLink href={source.url}>{source.title}</ExternalLink> : <cite>{source.title}</cite>},{' '}
          <time dateTime={source.published}>{formatDate(source.published, i18n.language)}</time>. {source.basis}.
        </li>
      ))}
    </ul>
  );
}
