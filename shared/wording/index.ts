export { actualisationQuestionsFr, declarationStatusFr } from './actualisation';
export { cvContractFr, cvLanguageLevelFr, cvWorkingTimeFr } from './cv';
export { registrationNextStepsFr, registrationReceiptFr } from './registration';
export { employerReceiptFr, employerSpaceFr } from './employer';
export {
  contratFr,
  situationFieldsFr,
  situationKindFr,
  situationReceiptFr,
  situationStatusFr,
} from './situation';
export {
  allocationNameFr,
  attestationTitleFr,
  attestationVerifyFr,
  rightsStatusFr,
  suspensionReasonFr,
} from './paiements';
export { applicationReceiptFr, offerFacts, offerWordingFr } from './offres';
export { profilReceiptFr, secretQuestionsFr } from './profil';
