export { actualisationQuestionsFr } from './actualisation';
export { cvContractFr, cvLanguageLevelFr, cvWorkingTimeFr } from './cv';
export { employerReceiptFr, employerSpaceFr } from './employer';
