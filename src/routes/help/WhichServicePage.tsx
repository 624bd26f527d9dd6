import { useTranslation } from 'react-i18next';
import helpRoutes from 'virtual:content/help-routes';
import whichRoute from 'virtual:content/which-route';
import type { HelpRoute } from '../../content/schema/help';
import type { WhichRoute } from '../../content/schema/help-pages';
import { pickById } from '../../content/views';
import { HelpRouteCard } from '../../components/HelpRouteCard';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { PageTitle } from '../../components/PageTitle';
import type { LoadedPage } from '../../routing/types';

const questionAnchor = (id: string) => `question-${id}`;
const answerAnchor = (questionId: string, index: number) => `answer-${questionId}-${index}`;

/**
 * A few questions that lead to the right service. Each question and answer is a section the links
 * jump to; CSS shows only the one in the address (:target), so it works with script turned off.
 */
export function WhichServicePage({ flow, routes }: { flow: WhichRoute; routes: readonly HelpRoute[] }) {
  const { t } = useTranslation();
  const ordered = [...flow.questions].sort((a, b) => Number(b.id === flow.start) - Number(a.id === flow.start));
  return (
    <>
      <Breadcrumbs parent={{ to: '/help', label: t('help.title') }} current={t('helpPages.whichServiceTitle')} />
      <PageTitle>{t('helpPages.whichServiceTitle')}</PageTitle>
      <p className="lead">{t('helpPages.whichServiceLead')}</p>
      <div className="flow">
        {ordered.map((question) => (
          <section key={question.id} id={questionAnchor(question.id)} className="flow__step" tabIndex={-1} aria-labelledby={`${questionAnchor(question.id)}-title`}>
            <h2 id={`${questionAnchor(question.id)}-title`}>{question.question}</h2>
            <ul className="flow__answers">
              {question.answers.map((answer, index) => (
                <li key={answer.label}>
                  <a className="button button--secondary flow__answer" href={`#${answer.next ? questionAnchor(answer.next) : answerAnchor(question.id, index)}`}>
                    {answer.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {flow.questions.flatMap((question) =>
          question.answers.map((answer, index) =>
            answer.next ? null : (
              <section key={answerAnchor(question.id, index)} id={answerAnchor(question.id, index)} className="flow__step" tabIndex={-1} aria-labelledby={`${answerAnchor(question.id, index)}-title`}>
                <h2 id={`${answerAnchor(question.id, index)}-title`}>{t('helpPages.whereToGo')}</h2>
                <p className="flow__chosen">
                  {question.question} <strong>{answer.label}</strong>
                </p>
                {answer.advice ? <p className="lead">{answer.advice}</p> : null}
                <div className="help-routes">
                  {pickById(routes, answer.routes).map((route) => (
                    <HelpRouteCard key={route.id} route={route} />
                  ))}
                </div>
                <p>
                  <a href={`#${questionAnchor(flow.start)}`}>{t('helpPages.startAgain')}</a>
                </p>
              </section>
            ),
          ),
        )}
      </div>
    </>
  );
}

export function loadWhichServicePage(): LoadedPage {
  return {
    render: () => <WhichServicePage flow={whichRoute} routes={helpRoutes} />,
    head: (t) => ({ title: t('helpPages.whichServiceTitle'), description: t('helpPages.whichServiceDescription') }),
  };
}
