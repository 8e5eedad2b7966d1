import type { Catalogue } from '../fr';

type O = Catalogue['offres'];

/** The classeur, alerts and applications, in English. */
export const classeur: O['classeur'] = {
  title: 'My saved offers',
  intro: 'The offers you kept for later.',
  open: 'My saved offers',
  save: 'Keep in my saved offers',
  saved: 'The offer is in your saved offers.',
  remove: 'Remove from my saved offers',
  removed: 'The offer is no longer in your saved offers.',
  empty: 'You have no saved offers. To keep an offer, touch “Keep in my saved offers”.',
  loading: 'Loading your saved offers…',
  savedOn: 'Kept on {{date}}',
  gone: {
    filled: 'This offer is no longer available: it has been filled. “{{title}}”',
    withdrawn: 'This offer is no longer available: the employer withdrew it. “{{title}}”',
  },
  back: 'Back to my saved offers',
  signInToSave: 'To keep an offer or to apply, sign in to your space.',
};

export const alerts: O['alerts'] = {
  title: 'My job alerts',
  intro: 'Every day, we e-mail you the new offers of your search.',
  open: 'My job alerts',
  subscribe: 'Get these offers by e-mail',
  formTitle: 'Get these offers by e-mail',
  formIntro:
    'Give this alert a name. It lasts 3 months. It lasts 3 more months each time you look at your alerts.',
  name: 'Name of the alert',
  nameHint: 'For example: Baker in Paris.',
  email: 'E-mail address',
  emailHint: 'The offers go to this address. You can change it.',
  criteria: 'Your search',
  create: 'Save the alert',
  created: 'Done. You will get the new offers by e-mail.',
  activeUntil: 'Active until {{date}}',
  delete: 'Stop the alert “{{name}}”',
  deleteConfirm: 'Do you want to stop this alert?',
  deleteConfirmText: 'You will no longer get these offers by e-mail.',
  cancelDelete: 'No, keep it',
  deleteYes: 'Yes, stop it',
  deleted: 'The alert is stopped.',
  empty: 'You have no alerts. Search for offers, then touch “Get these offers by e-mail”.',
  loading: 'Loading your alerts…',
  cancel: 'Back to the results',
  errors: {
    nameRequired: 'Write a name for this alert.',
    nameTooLong: 'Write a shorter name: 40 letters at most.',
    emailRequired: 'Write your e-mail address.',
    emailInvalid: 'Write a full e-mail address, for example name@example.com.',
  },
};

export const apply: O['apply'] = {
  button: 'Apply for this offer',
  title: 'Apply for the offer',
  offer: 'Offer',
  cvLegend: 'Which CV do you want to send?',
  cvUpdated: 'Changed on {{date}}',
  noCv: 'To apply, you need a CV online. Create your CV, then put it online.',
  toCv: 'Go to my CVs',
  message: 'Message to the employer (if you want)',
  messageHint: 'Say in a few words why you like this job. 500 characters at most.',
  review: 'Read my application again',
  reviewTitle: 'Read your application again',
  cv: 'CV sent',
  noMessage: 'No message',
  modify: 'Change my application',
  send: 'Send my application',
  sending: 'Sending…',
  back: 'Back to the offer',
  loading: 'Loading your CVs…',
  sentTitle: 'Your application is sent',
  queuedTitle: 'Your application is saved',
  sentText: 'The employer can read your CV. If they are interested, they will contact you.',
  queuedText:
    'The terminal cannot send it right now. It will send it as soon as possible. You have nothing more to do.',
  reference: 'Reference: {{reference}}',
  keepReference: 'Keep this number and your receipt (the paper that proves your application).',
  print: 'Print the receipt',
  printed: 'The receipt is printed. Take the sheet from the printer.',
  toApplications: 'See my applications',
  alreadyApplied: 'You have already applied for this offer.',
  errors: {
    cvRequired: 'Touch a CV in the list.',
    messageTooLong: 'Write a shorter message: 500 characters at most.',
  },
};

export const applications: O['applications'] = {
  title: 'My applications',
  empty: 'You have not applied for an offer yet.',
  sentOn: 'Sent on {{date}}',
  reference: 'Reference {{reference}}',
  statuses: { envoyee: 'Sent', en_cours: 'Being sent', offre_fermee: 'Offer closed' },
  find: 'Search for offers',
};

export const forCv = 'See the offers for this CV';
