import { useTranslation } from 'react-i18next';
import type { Guide } from '../../content/schema/guide';

/** "What could go wrong?": each risk feature that applies, with its level in words (not colour alone). */
export function GuideRisks({ risks }: { risks: Guide['risks'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="risks">
      <h2 id="risks">{t('guide.risksTitle')}</h2>
      <ul className="risks">
        {risks.map((risk) => (
          <li key={risk.feature} className={`risk risk--${risk.level}`}>
            <span className="risk__name">{t(`risk.${risk.feature}`)}</span>{' '}
            <span className={`badge badge--${risk.level}`}>{t('risk.levelLabel', { level: t(`risk.level.${risk.level}`) })}</span>
            <p className="risk__note">{risk.note}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
