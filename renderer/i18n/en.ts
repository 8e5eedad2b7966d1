import { adviser } from './en/adviser';
import { offres } from './en/offres';
import { actualisationEn } from './en/actualisation';
import { profil } from './en/profil';
import { documentsEn } from './en/documents';
import { cv } from './en/cv';
import { account } from './en/account';
import { employer } from './en/employer';
import { situation } from './en/situation';
import { access } from './en/access';
import type { Catalogue } from './fr';
import { admin } from './en/admin';
import { outbox } from './en/outbox';
import { language } from './en/language';
import { keyboard } from './en/keyboard';
import { speech } from './en/speech';
import { timeouts } from './en/timeouts';
import { outOfService } from './en/outOfService';
import { display } from './en/display';
import { paiementsEn } from './en/paiements';

/** English, for visitors who ask for it; must have exactly the keys of fr (checked by a test). */
export const en: Catalogue = {
  admin,
  adviser,
  profil,
  outbox,
  keyboard,
  language,
  speech,
  timeouts,
  outOfService,
  display,
  cv,
  account,
  employer,
  situation,
  access,
  offres,
  app: {
    name: 'France Travail kiosk',
    documentTitle: '{{screen}} — France Travail kiosk',
    republicLine1: 'République',
    republicLine2: 'Française',
    tagline: 'Your France Travail agency',
    tools: 'Listening, language and display',
    actions: 'Actions',
    loading: 'Loading…',
  },
  welcome: {
    documentTitle: 'Welcome',
    title: 'Welcome to your France Travail agency',
    touchToStart: 'Touch the screen to start',
    start: 'Start',
    offres: 'Search job offers',
  },
  login: {
    documentTitle: 'Sign in',
    title: 'Sign in to my espace personnel',
    intro: 'All fields are required.',
    identifiant: 'Identifiant',
    identifiantHint:
      '7 digits and 1 letter (for example 1234567A), or the one you chose: 6 to 20 letters and digits',
    motDePasse: 'Password',
    showPassword: 'Show',
    hidePassword: 'Hide',
    codePostal: 'Postcode',
    jobSeekersOnly: 'These boxes open the job seekers’ space.',
    employers:
      'Are you an employer? Touch “I am an employer: sign in”, below. Your space also opens on pro.francetravail.fr (company) or on francetravail.fr (private employer). The agency’s reception can also help you.',
    codePostalHint: 'The postcode of your home',
    submit: 'Sign in',
    cancel: 'Cancel',
  },
  dashboard: {
    documentTitle: 'My space',
    greeting: 'Hello {{prenom}} {{nom}}',
    servicesTitle: 'Your services',
    soon: 'Coming soon',
    soonExplanation:
      'These services are coming soon to this kiosk. Meanwhile an adviser can help you: touch “Call an adviser”.',
    services: {
      actualisation: { title: 'My actualisation', description: "Declare this month's situation" },
      echanges: { title: 'My messages', description: 'Letters and documents sent' },
      documents: { title: 'Send a document', description: 'Scan and send a supporting document' },
      cv: { title: 'My CVs', description: 'Create and print my CV' },
      cle: { title: 'My security key', description: 'Sign in without a password' },
      situation: {
        title: 'Report a change',
        description: 'A job, a training course, a leave, a move, an absence',
      },
      historique: {
        title: 'My declarations',
        description: 'My declarations of the last 12 months, to read or print',
      },
      profil: { title: 'My profile', description: 'My address, my phone, my bank account' },
      paiements: { title: 'My payments', description: 'When and how much France Travail paid me' },
      attestations: {
        title: 'My certificates',
        description: 'Print a paper for the CAF, a landlord or the tax office',
      },
      offres: { title: 'Job offers', description: 'Search job offers' },
    },
    now: {
      nextPayment: 'Next payment on {{date}}',
      declareToBePaid: 'Payment after the actualisation',
      suspended: 'Payments stopped',
      unread_one: '{{count}} unread letter',
      unread_other: '{{count}} unread letters',
      appointment: 'Appointment on {{date}}',
    },
    provisional: {
      message:
        'Your registration is recorded. Your codes are provisional until your appointment on {{date}}: until then you can print your receipt, send documents and make your CV. The other services (actualisation, letters…) will open once an adviser has validated your registration; your final codes will then be sent to you by post.',
      messageNoDate:
        'Your registration is recorded. Your codes are provisional until your registration appointment: until then you can print your receipt, send documents and make your CV. The other services (actualisation, letters…) will open once an adviser has validated your registration; your final codes will then be sent to you by post.',
      appointmentTitle: 'My registration appointment',
      appointmentBring: 'Bring an identity document and your receipt.',
      noAppointment:
        'You have not chosen an appointment yet. An adviser can offer you one: touch “Call an adviser”.',
      reference: 'Your registration reference: {{reference}}',
      receipt: {
        title: 'Print my receipt',
        description: 'Reference, appointment and next steps',
      },
    },
  },
  actualisation: actualisationEn,
  ending: {
    documentTitle: 'End of visit',
    title: 'End of your visit',
    text: 'Your information is being erased from the kiosk.',
  },
  otherPage: {
    documentTitle: 'Kiosk already in use',
    title: 'The kiosk is already open in another window',
    text: 'This page cannot do anything: only one window at a time drives the kiosk. Close this page and continue in the window already open, or ask an adviser.',
  },
  visit: {
    end: 'Finish',
    confirmEnd: {
      title: 'Finish your visit?',
      keepGoing: 'Continue my visit',
      confirm: 'Finish anyway',
      actualisation: 'Your declaration has not been sent. If you finish, it will not be kept.',
      cv: 'The CV you are editing is not saved. If you finish, your changes will not be kept.',
      registration:
        'Your registration is not complete. If you finish, what you typed on this step will not be kept.',
      document:
        'Your document has not been sent. If you finish, the scanned pages will not be kept.',
      form: 'Your request has not been sent. If you finish, what you typed will not be kept.',
    },
  },
  assist: {
    call: 'Call an adviser',
    sending: 'We are letting an adviser know…',
    failed: 'We could not reach an adviser. Please go to the agency reception desk.',
  },
  idle: {
    title: 'Are you still there?',
    text_one: 'To protect your information, your session will end in {{count}} second.',
    text_other: 'To protect your information, your session will end in {{count}} seconds.',
    stillHere: "I'm still here",
  },
  form: {
    errorsToFix_one: 'One field needs correcting.',
    errorsToFix_other: '{{count}} fields need correcting.',
  },
  validation: {
    identifiant: {
      required: 'Enter your identifiant.',
      format:
        'An identifiant has 7 digits and 1 letter (for example 1234567A), or 6 to 20 letters and digits without spaces (for example frankcapra).',
    },
    motDePasse: {
      required: 'Enter your password.',
      tooLong: 'The password is too long: 128 characters at most.',
    },
    codePostal: {
      required: 'Enter the postcode of your home.',
      format: 'A French postcode has 5 digits, for example 75011.',
    },
    offerNumber: 'Write 6 digits and 1 letter, for example 688418K.',
    romeCode: 'Write 1 letter and 4 digits, for example D1102.',
    offresPlace: 'Touch a place in the list, under the box.',
    offresCriteria: 'Write a job, or choose a place.',
  },
  documents: documentsEn,
  paiements: paiementsEn,
  errors: {
    invalid_input: 'Some information is not valid. Correct the fields shown.',
    invalid_credentials:
      'Wrong identifiant, password or postcode. Check your sign-in details and try again.',
    api_unreachable:
      'The service is temporarily unavailable. Try again in a few minutes or call an adviser.',
    api_error: 'The service ran into a problem. Try again in a few minutes or call an adviser.',
    no_active_visit: 'Your visit has ended. Touch “Start” to begin again.',
    not_signed_in: 'You are no longer signed in. Please sign in again.',
    forbidden: 'This action is not allowed on the kiosk. Please call an adviser.',
    account_locked:
      'Too many sign-in attempts. For your security, access is blocked for {{minutes}} minutes. An adviser can help you.',
    account_pending:
      'Your registration is not finished: it has not been sent yet. To complete it, touch “Resume my registration”.',
    employer_space:
      'These are the codes of an employer space. Touch “I am an employer: sign in”, below. Your space also opens on pro.francetravail.fr (company) or on francetravail.fr (private employer). The agency’s reception can also help you.',
    certification_required:
      'Your account is not certified yet: you cannot publish an offer. An adviser must first check who you are.',
    printer_unavailable:
      'The printer is not responding. You can read the document on screen or call an adviser.',
    already_declared: 'You have already declared your situation for this month.',
    change_already_declared:
      'You have already reported this change, with the same date. You have nothing more to do.',
    window_closed: 'The actualisation period is closed.',
    unknown_method: 'This feature is not available on the kiosk yet. Please call an adviser.',
    offer_not_found: 'No offer has this number. Check the number.',
    offer_filled: 'This offer is filled: the employer has found someone.',
    offer_withdrawn: 'This offer is withdrawn: the employer has stopped it.',
    already_applied:
      'You have already applied for this offer. Your application is in “My exchanges”.',
    apply_not_online:
      'For this offer, you cannot apply on the terminal. Read “To apply”: it says what to do.',
    cv_not_published: 'This CV is not online. Put it online in “My CVs”, then try again.',
    classeur_full:
      'Your saved offers are full: 50 offers at most. Remove an offer, then try again.',
    alert_limit_reached: 'You already have 5 alerts. Stop an alert, then try again.',
    internal: 'Something unexpected went wrong. Try again or call an adviser.',
  },
};
