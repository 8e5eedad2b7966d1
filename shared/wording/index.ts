export { actualisationQuestionsFr } from './actualisation';
export { cvContractFr, cvLanguageLevelFr, cvWorkingTimeFr } from './cv';
