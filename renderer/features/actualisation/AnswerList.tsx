import { useTranslation } from 'react-i18next';
import {
  formatEuros,
  questionIds,
  type Answers,
  type DateRange,
  type QuestionId,
} from '../../../shared/domain/actualisation';
import { Button } from '../../ui';
import { shortDate } from './format';
import styles from './actualisation.module.css';

/** Each question with its answer and the details of a "Oui"; optionally a "Modifier" per answer. */
export function AnswerList({
  answers,
  onEdit,
}: {
  answers: Answers;
  onEdit?: (id: QuestionId) => void;
}) {
  const { t } = useTranslation();
  const range = (dates: DateRange | null) =>
    dates
      ? t('actualisation.datesLine', { debut: shortDate(dates.debut), fin: shortDate(dates.fin) })
      : '';
  const details = (id: QuestionId): string[] => {
    if (id === 'travail')
      return answers.employeurs.map((e) =>
        t('actualisation.employeurLine', {
          nom: e.nom,
          heures: e.heures,
          brut: formatEuros(e.brutCentimes),
        }),
      );
    if (id === 'arretMaladie' && answers.arretMaladie) return [range(answers.arretMaladieDates)];
    if (id === 'maternite' && answers.maternite) return [range(answers.materniteDates)];
    return [];
  };
  return (
    <ol className={styles.answers}>
      {questionIds.map((id) => (
        <li key={id} className={styles.answer}>
          <div className={styles.answerText}>
            <p>{t(`actualisation.questions.${id}`)}</p>
            <p className={styles.answerValue}>
              {answers[id] ? t('actualisation.yes') : t('actualisation.no')}
            </p>
            {details(id).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          {onEdit && (
            <Button
              priority="secondary"
              size="medium"
              className={styles.answerEdit}
              onClick={() => onEdit(id)}
              nativeProps={{
                'aria-label': t('actualisation.review.editLabel', {
                  question: t(`actualisation.questions.${id}`),
                }),
              }}
            >
              {t('actualisation.review.edit')}
            </Button>
          )}
        </li>
      ))}
    </ol>
  );
}
