import type { MethodName } from '../shared/contract/methods';

/**
 * The contract's method names, without importing the contract's zod schemas (which would add
 * ~750 kB of zod to a preload that runs in every window). A Record keyed by MethodName makes the
 * compiler check this list against the contract both ways: a missing or an extra name fails
 * typechecking; tests/electron/preload.test.ts checks it against `methodNames` at run time.
 */
const CONTRACT_METHODS: Record<MethodName, true> = {
  'kiosk.settings': true,
  'visit.start': true,
  'visit.activity': true,
  'visit.stillHere': true,
  'visit.extend': true,
  'visit.endedNotice': true,
  'visit.end': true,
  'auth.login': true,
  'profile.get': true,
  'assist.request': true,
  'assist.cancel': true,
  'actualisation.status': true,
  'actualisation.submit': true,
  'actualisation.printReceipt': true,
  'outbox.status': true,
  'documents.scanStart': true,
  'documents.scanStatus': true,
  'documents.scanCancel': true,
  'documents.pageRotate': true,
  'documents.pageDelete': true,
  'documents.pageMove': true,
  'documents.discard': true,
  'documents.cameraOpen': true,
  'documents.cameraClose': true,
  'documents.cameraDetect': true,
  'documents.cameraCapture': true,
  'documents.send': true,
  'documents.list': true,
  'exchanges.overview': true,
  'exchanges.letterPdf': true,
  'exchanges.letterPrint': true,
  'admin.exit': true,
  'cv.list': true,
  'cv.get': true,
  'cv.save': true,
  'cv.duplicate': true,
  'cv.setStatus': true,
  'cv.delete': true,
  'cv.searchAppellations': true,
  'cv.romeSkills': true,
  'cv.searchPlaces': true,
  'cv.preview': true,
  'cv.print': true,
  'cv.email': true,
  // Account creation and sign-in paths.
  'communes.byPostalCode': true,
  'registration.checkIdentifiant': true,
  'registration.start': true,
  'registration.resume': true,
  'registration.saveSection': true,
  'registration.submit': true,
  'registration.appointmentSlots': true,
  'registration.bookAppointment': true,
  'registration.mine': true,
  'registration.printReceipt': true,
  'password.question': true,
  'password.reset': true,
  'password.change': true,
  'webauthn.registrationOptions': true,
  'webauthn.register': true,
  'webauthn.authenticationOptions': true,
  'webauthn.signIn': true,
  'employer.lookupEstablishment': true,
  'employer.createEntreprise': true,
  'employer.antiRobotChallenge': true,
  'employer.antiRobotAnswer': true,
  'employer.createParticulier': true,
  'employer.printReceipt': true,
  'speech.status': true,
  'speech.say': true,
  'profil.get': true,
  'profil.submit': true,
  'profil.printReceipt': true,
};

export const contractMethodNames = Object.keys(CONTRACT_METHODS) as MethodName[];

export function isContractMethod(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(CONTRACT_METHODS, name);
}
