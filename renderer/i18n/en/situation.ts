import type { Catalogue } from '../fr';

/** English for a change of situation and « Mes actualisations »; same keys as fr/situation.ts. */
export const situation: Catalogue['situation'] = {
  documentTitle: 'Report a change',
  title: 'Report a change in your situation',
  intro:
    'Is your life changing? Tell France Travail right away. You do not need to wait for the end of the month.',
  chooseTitle: 'What is your change?',
  kinds: {
    repriseEmploi: 'I am starting a job',
    formation: 'I am starting a training course',
    arretMaladie: 'I am on sick leave',
    maternite: 'I am on maternity leave',
    paternite: 'I am on paternity leave',
    demenagement: 'I am moving house',
    absence: 'I am going away for more than 7 days',
  },
  contrats: {
    cdi: 'CDI (a contract with no end date)',
    cdd: 'CDD (a contract with an end date)',
    interim: 'Temporary agency work',
    autre: 'Another contract',
  },
  fields: {
    dateDebut: 'Start date',
    dateDemenagement: 'Date of the move',
    dateFin: 'End date',
    employeur: 'Employer',
    contrat: 'Contract',
    organisme: 'Training organisation',
    commune: 'New town',
    dateReprise: 'First day of work',
    premierJour: 'First day',
    dernierJour: 'Last day',
    dateHint: 'Write the day, the month and the year. For example 03/11/2026.',
    codePostal: 'Postcode of your new address',
    employeurHint: 'The name of the company or the person who pays you',
  },
  continue: 'Continue',
  back: 'Back',
  backToSpace: 'Back to my space',
  reviewTitle: 'Check your change',
  consequencesTitle: 'What happens next',
  consequences: {
    repriseEmploi:
      'France Travail will look at your file again. You may keep part of your money if you work only a little. Also declare your hours at the end of the month.',
    formation:
      'Your adviser will look at your training. Your money may change during the training.',
    arretMaladie:
      'During the leave, France Travail does not pay you. The health insurance (Assurance Maladie) pays you instead. Send the sick note: it is the paper from the doctor.',
    maternite:
      'During the leave, France Travail does not pay you. The health insurance (Assurance Maladie) pays you instead. Your rights start again after the leave.',
    paternite:
      'During the leave, France Travail does not pay you. The health insurance (Assurance Maladie) pays you instead. Your rights start again after the leave.',
    demenagement: 'Your file may move to another agency. Your letters will go to the new address.',
    absence:
      'While you are away, you are not looking for work. France Travail does not pay you for those days. You may be away 35 days a year at most.',
  },
  validate: 'Confirm my change',
  modify: 'Change',
  sending: 'Sending…',
  doneTitleSent: 'Your change has been sent',
  doneTitleQueued: 'Your change has been saved',
  reference: 'Reference: {{reference}}',
  date: 'Reported on {{date}}',
  print: 'Print my receipt',
  printing: 'Printing…',
  printed: 'Your receipt is printed. Take it from the printer.',
  keepReference: 'Keep this number and your receipt (the paper that proves your declaration).',
  errors: {
    kindRequired: 'Choose your change.',
    debutRequired: 'Write the date.',
    dateFormat: 'Write a real date with 8 digits. For example 03/11/2026.',
    debutFuture: 'This date is after today. Write the date of the first day of leave.',
    debutTooFar: 'This date is too far ahead. Write a date within the next 31 days.',
    debutTooOld:
      'This date is more than 6 months ago. For such an old change, talk to an adviser at the reception desk.',
    finRequired: 'Write the date of the last day.',
    finBeforeDebut: 'The last day is before the first day. Write a later date.',
    absenceTooShort:
      'An absence of 7 days or less is not reported. Check the dates of your absence.',
    employeurRequired: 'Write the name of your employer.',
    contratRequired: 'Choose your type of contract.',
    organismeRequired: 'Write the name of the training organisation: the school or the centre.',
    tooLong: 'This text is too long. Write 100 letters at most.',
    codePostalRequired: 'Write the postcode of your new address.',
    codePostal: 'Write a 5-digit postcode, for example 75011.',
    communeRequired: 'Choose your town from the list.',
  },
  history: {
    documentTitle: 'My declarations',
    title: 'My declarations',
    intro: 'Here are your declarations of the last 12 months. You can read or print each receipt.',
    empty: 'You have no declaration in the last 12 months.',
    loading: 'We are looking for your declarations…',
    item: 'Declaration for {{period}}',
    sentOn: 'Sent on {{date}}',
    show: 'Show the receipt for {{period}}',
    hide: 'Hide the receipt for {{period}}',
    print: 'Print the receipt for {{period}}',
  },
};
