import { useTranslation } from 'react-i18next';

/** What a report is about: one step of a guide, or one help route. */
export type ReportAbout = { guideId: string; stepId: string; title: string } | { routeId: string; title: string };

/** A mailto: address with its subject and body encoded, so any text is safe in it. */
export function mailtoHref(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * "Something wrong here?": opens the parent's own email app with a message to the address set at
 * build time (FEEDBACK_EMAIL), saying which guide and step (or help route) and which version of the
 * content, and leaving the message for them to write. Nothing is sent unless they press send.
 * With no address configured, nothing is shown.
 */
export function ReportProblemLink({ about }: { about: ReportAbout }) {
  const { t } = useTranslation();
  const address = import.meta.env.FEEDBACK_EMAIL;
  if (!address) return null;
  const version = import.meta.env.BUILD_DATE;
  const [subject, body] =
    'routeId' in about
      ? [t('feedback.subjectRoute', { route: about.routeId }), t('feedback.bodyRoute', { route: about.routeId, version })]
      : [t('feedback.subjectStep', { guide: about.guideId, step: about.stepId }), t('feedback.bodyStep', { guide: about.guideId, step: about.stepId, version })];
  return (
    <p className="report-problem">
      <a className="report-problem__link" href={mailtoHref(address, subject, body)}>
        {t('feedback.link')}
        <span className="visually-hidden"> {t('feedback.context', { title: about.title })}</span>
      </a>
    </p>
  );
}
