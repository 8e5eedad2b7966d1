import type { profil as fr } from '../fr/profil';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const profil: Strings<typeof fr> = {
  documentTitle: 'My profile',
  title: 'My profile',
  intro:
    'Here are your contact details and your bank account. If something has changed, touch “Change”.',
  none: 'Not given yet',
  modifyShort: 'Change',
  modify: 'Change: {{label}}',
  backHome: 'Back to my space',
  labels: {
    adresse: 'My address',
    telephone: 'My phone',
    email: 'My e-mail address',
    rib: 'My bank account',
    questionSecrete: 'My secret question',
    motDePasse: 'My password',
  },
  ribHelp:
    'Your payments go to this bank account. Its number is called the IBAN: it is written on your RIB (the bank details slip from your bank).',
  hidden: 'Hidden for your security',
  emailPending:
    'New address to confirm: {{email}}. Open the message you received and touch the link. Until then, we write to the old address.',
  ribPending:
    'New account being checked: {{iban}}. Until then, your payments go to the old account.',
  queued: 'In progress: your change is saved on this terminal. It will be sent soon.',
  edit: {
    title: {
      adresse: 'Change my address',
      telephone: 'Change my phone',
      email: 'Change my e-mail address',
      rib: 'Change my bank account',
      questionSecrete: 'Change my secret question',
    },
    check: 'Check my change',
    cancel: 'Cancel',
  },
  fields: {
    adresse: 'Number and street',
    complement: 'Address line 2 (optional)',
    complementHint: 'For example: building B, 3rd floor.',
    codePostal: 'Postcode',
    telephone: 'Phone number',
    telephoneHint: 'A mobile or a landline, for example 06 12 34 56 78.',
    email: 'New e-mail address',
    emailHint: 'For example: name@example.fr. We will send you a message to confirm it.',
    emailConfirmation: 'Type the same address a second time',
    titulaire: 'Name of the account holder',
    iban: 'IBAN: the account number',
    ibanHint: 'It is written on your RIB. In France, it starts with FR and has 27 characters.',
    bic: 'BIC (optional)',
    bicHint: 'The bank’s code, on your RIB: 8 or 11 letters and digits.',
    questionSecrete: 'New secret question',
    questionSecreteHint: 'It helps if you forget your password.',
    reponseSecrete: 'Your answer',
  },
  review: {
    title: 'Check before sending',
    intro: 'Read your change. If everything is right, touch “Send”.',
    what: 'What changes',
    send: 'Send',
    modify: 'Correct',
    secretAnswer: 'Your answer',
    consequences: {
      adresse: 'Please note: to sign in, you will then use the postcode {{codePostal}}.',
      telephone: 'Your adviser will call you on this number.',
      email:
        'We send a message to this address. Touch the link in that message. Until then, we write to the old address.',
      rib: 'France Travail checks this account. It takes 2 days. Until then, your payments go to the old account.',
      questionSecrete: 'Remember your answer well. It will not be printed.',
    },
  },
  done: {
    sent: 'Change sent',
    queued: 'Change saved',
    reference: 'Number of your request: {{reference}}',
    print: 'Print the receipt',
    printing: 'Printing…',
    printed: 'The receipt is printed. Take it from the printer tray.',
    back: 'Back to my profile',
  },
  password: {
    title: 'Change my password',
    intro: 'First type your current password. Then choose the new one.',
    actuel: 'Current password',
    nouveau: 'New password',
    confirmation: 'Type the new password a second time',
    submit: 'Change my password',
    done: 'Password changed',
    doneText: 'Your new password works straight away. Use it on your next visit.',
  },
  errors: {
    telephone: 'Type a French number, for example 06 12 34 56 78.',
    iban: {
      key: 'The IBAN check key is wrong: one digit is mistyped. Check each digit on your RIB.',
      format: 'This IBAN does not have the right number of characters. Check it on your RIB.',
      country: 'This account is outside Europe. Give an account in France or in Europe.',
    },
    bic: 'This BIC is not right. It has 8 or 11 letters and digits.',
    ribPending: 'Another change of account is already in progress. Wait for the check to finish.',
    emailUnchanged: 'This address is already yours.',
    currentPassword: 'This password is not the right one. Type your current password.',
    samePassword: 'Choose a password different from the current one.',
    load: 'Your profile cannot be shown at the moment. Try again in a few minutes.',
  },
};
