import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Parent › This page": the way back up from a page one level down. */
export function Breadcrumbs({ parent, current }: { parent: { to: string; label: string }; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('guide.breadcrumb')} className="breadcrumbs">
      <ol>
        <li>
          <Link to={parent.to}>{parent.label}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
