export { actualisationQuestionsFr } from './actualisation';
export { cvContractFr, cvLanguageLevelFr, cvWorkingTimeFr } from './cv';
export { registrationNextStepsFr } from './registration';
