export { actualisationQuestionsFr, declarationStatusFr } from './actualisation';
export { cvContractFr, cvLanguageLevelFr, cvWorkingTimeFr } from './cv';
export { registrationNextStepsFr, registrationReceiptFr } from './registration';
export { employerReceiptFr, employerSpaceFr } from './employer';
