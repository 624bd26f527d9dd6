import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingPath } from '../content/schema/common';

/** The way to a setting: where to start, the menus to open in order, and what to choose. */
export function SettingPathView({ path }: { path: SettingPath }) {
  const { t } = useTranslation();
  return <SettingPathBody path={path} t={(key) => t(key)} />;
}

/** Strings it needs, for an island (which has no i18next): see PATH_MESSAGES. */
export type PathT = (key: 'path.on' | 'path.open' | 'path.choose' | 'path.separator' | 'path.then' | `platform.${SettingPath['platforms'][number]}`) => string;

/** The same view with any translate function, so a family plan's island shows paths exactly as a guide does. */
export function SettingPathBody({ path, t }: { path: SettingPath; t: PathT }) {
  return (
    <div className="setting-path">
      <p className="setting-path__platforms">
        <span className="visually-hidden">{t('path.on')}</span>
        {path.platforms.map((platform) => (
          <span key={platform} className="platform">
            {t(`platform.${platform}`)}
          </span>
        ))}
      </p>
      {path.start === undefined ? null : <p>{path.start}</p>}
      {path.menu.length === 0 ? null : (
        <p>
          {t('path.open')}{' '}
          {path.menu.map((label, index) => (
            <Fragment key={`${index}-${label}`}>
              {index === 0 ? null : (
                <>
                  <span aria-hidden="true"> {t('path.separator')} </span>
                  <span className="visually-hidden"> {t('path.then')} </span>
                </>
              )}
              <q className="ui-label">{label}</q>
            </Fragment>
          ))}
          {path.choose === undefined ? null : (
            <>
              {', '}
              {t('path.choose')} <q className="ui-label">{path.choose}</q>
            </>
          )}
          .
        </p>
      )}
      {path.menu.length === 0 && path.choose !== undefined ? (
        <p>
          {t('path.choose')} <q className="ui-label">{path.choose}</q>.
        </p>
      ) : null}
    </div>
  );
}
