export { SituationScreen } from './SituationScreen';
export { HistoryScreen } from './HistoryScreen';
export { IdentifiantForgottenScreen } from './IdentifiantForgottenScreen';
