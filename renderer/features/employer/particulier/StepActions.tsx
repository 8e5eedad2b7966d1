import { useTranslation } from 'react-i18next';
import { StepActions as Actions, type StepActionsProps } from '../../steps/StepActions';

/** The particulier flow's step actions, in its own words. */
export function StepActions(props: Omit<StepActionsProps, 'text'>) {
  const { t } = useTranslation();
  return <Actions text={(key) => t(`employer.particulier.${key}`)} {...props} />;
}
