import { useTranslation } from 'react-i18next';
import type { Guide } from '../../content/schema/guide';
import { SourceNote } from '../../components/SourceNote';

/** "How old do you have to be?": the terms' minimum age, store and PEGI ratings, and why they differ. */
export function GuideAges({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const { ages } = guide;
  return (
    <section aria-labelledby="ages">
      <h2 id="ages">{t('guide.agesTitle')}</h2>
      <p className="big-fact">
        {ages.minimum !== undefined
          ? t('guide.minimumAge', { age: ages.minimum, name: guide.name })
          : ages.adultAccount !== undefined
            ? t('guide.adultAccount')
            : t('guide.noMinimumAge', { name: guide.name })}
      </p>
      {ages.adultAccount ? <p>{ages.adultAccount}</p> : null}
      <SourceNote source={ages.minimumSource} />
      {ages.contentRatings ? (
        <>
          <h3>{t('guide.contentRatingsTitle')}</h3>
          <p>{ages.contentRatings}</p>
        </>
      ) : null}
      {ages.ratings.length > 0 ? (
        <>
          <h3>{t('guide.ratingsTitle')}</h3>
          <ul className="ratings">
            {ages.ratings.map((rating) => (
              <li key={`${rating.system}-${rating.rating}`}>
                <strong>{t(`rating.${rating.system}`)}</strong>: {rating.rating}
                <SourceNote source={rating.source} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {ages.explain ? <p>{ages.explain}</p> : null}
      {ages.underMinimum ? (
        <>
          <h3>{t('guide.underMinimumTitle')}</h3>
          <p>{ages.underMinimum}</p>
        </>
      ) : null}
    </section>
  );
}
