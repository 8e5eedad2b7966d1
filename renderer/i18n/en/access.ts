import type { Catalogue } from '../fr';

/** English for the forgotten identifiant, the account without a secret question and the CGU. */
export const access: Catalogue['access'] = {
  identifiant: {
    documentTitle: 'Forgotten identifiant',
    title: 'I forgot my identifiant',
    link: 'Forgotten identifiant?',
    intro:
      'Your identifiant: it is the code to sign in, for example 1234567A. We send it to your home. It is never shown on the kiosk: this is for your safety.',
    nom: 'Last name',
    prenom: 'First name',
    codePostal: 'Postcode of your address',
    via: 'How do you want to receive it?',
    email: 'By e-mail, to the address France Travail knows',
    post: 'By letter, to your address',
    submit: 'Receive my identifiant',
    back: 'Back to sign-in',
    sentTitle: 'Request saved',
    sent: 'If these details are those of a France Travail account, the identifiant goes out today. An e-mail arrives in a few minutes. A letter arrives in a few days.',
    sentHelp: 'Nothing received? Talk to an adviser at the reception desk.',
  },
  noQuestion: {
    title: 'Ask at the reception desk',
    text: 'Your account has no secret question. An adviser at the reception desk can give you a new password. Bring an identity document.',
  },
  cgu: {
    read: 'Read the conditions',
    title: 'Terms of use (CGU)',
    close: 'Close',
    sections: {
      what: 'These rules say how to use your France Travail space. By ticking the box, you say that you agree.',
      codes:
        'Your codes are personal. Never give them to anyone. If someone knows them, change your password.',
      truth:
        'Give true information. A false declaration can stop your rights. You may have to pay money back.',
      data: 'France Travail keeps your information to follow your file. You can read it and correct it. Ask your adviser.',
      terminal:
        'On the kiosk, nothing of yours is kept after your visit. Touch “Finish” when you leave.',
      contact: 'A question? Talk to an adviser at the reception desk, or call 3949.',
    },
  },
  errors: {
    nomRequired: 'Write your last name.',
    prenomRequired: 'Write your first name.',
    codePostalRequired: 'Write the postcode of your address.',
    codePostal: 'Write a 5-digit postcode, for example 75011.',
    viaRequired: 'Choose how to receive your identifiant.',
    tooLong: 'This text is too long. Write 80 letters at most.',
  },
};
