export { actualisationQuestionsFr, declarationStatusFr } from './actualisation';
export { cvContractFr, cvLanguageLevelFr, cvWorkingTimeFr } from './cv';
export { registrationNextStepsFr } from './registration';
export { employerReceiptFr, employerSpaceFr } from './employer';
export { offerFacts, offerWordingFr } from './offres';
