import { useTranslation } from 'react-i18next';
import { useHydrated } from '../routing/use-hydrated';

/** Prints the page (the print stylesheet turns a guide into a paper checklist). Hidden until script runs. */
export function PrintButton() {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  return (
    <button type="button" className="button button--secondary print-button" hidden={!hydrated} onClick={() => window.print()}>
      {t('guide.print')}
    </button>
  );
}
