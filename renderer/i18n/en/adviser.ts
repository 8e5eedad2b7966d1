import type { Catalogue } from '../fr';

/** Adviser mode at the terminal, in English. */
export const adviser: Catalogue['adviser'] = {
  entry: 'Adviser area',
  banner: 'An adviser is here: {{prenom}}',
  openTools: "Adviser's tools",
  unlock: {
    title: 'Adviser mode',
    intro: "For the agency's adviser only. Choose your name, then type your code.",
    name: 'Your name',
    loading: 'Loading the names…',
    none: 'No adviser of the agency can open this mode on this terminal.',
    code: 'Your adviser code',
    codeHint: '4 to 8 digits',
    submit: 'Open adviser mode',
    cancel: 'Cancel',
  },
  tools: {
    title: "Adviser's tools",
    intro: 'The person gets their screen back as it was when you leave this mode.',
    extend: 'Give {{minutes}} more minutes',
    extended: 'The visit lasts {{minutes}} minutes longer.',
    pause: 'Stop the timer',
    resume: 'Start the timer again',
    paused:
      'The timer is stopped. The terminal no longer waits for the person to touch the screen.',
    resumed: 'The timer is running again.',
    explain: 'Explain this step',
    endVisit: 'End the visit for the person',
    close: 'Back to the screen',
    leave: 'Leave adviser mode',
    failed: 'The terminal could not do it. Try again.',
    ended: 'Adviser mode is over.',
  },
  confirmEnd: {
    title: 'End the visit?',
    message: 'Everything on the screen will be erased. What was already sent is kept.',
    confirm: 'Yes, end the visit',
    cancel: 'No, go back',
  },
  explanation: {
    title: 'This step in plain words',
    close: 'Close',
    topics: {
      other: 'The adviser reads this screen with you. They show you what to touch.',
      welcome:
        'This is the terminal\'s home screen. Touch "Start" to go in. You can also look for a job without going in.',
      login:
        'Here you go into your space. Type your identifiant: the code of 7 digits and 1 letter from France Travail. Then type your password and your postcode.',
      dashboard:
        'This is the page of your space. Each card opens a service. Touch the card of what you want to do.',
      actualisation: {
        intro:
          'Actualisation: each month, you tell France Travail what you did. This keeps your payments. Touch "Start my actualisation" to answer.',
        questions:
          'Actualisation: there is one question per screen. Answer each question. If you do not know, ask the adviser.',
        review:
          'You read your answers again. You can change an answer. When everything is right, send your answers.',
        done: 'Your answers are sent. You can print the receipt. The receipt shows that you answered.',
      },
      documents:
        'Here you send a paper to France Travail. Put the paper in the scanner, or show it to the camera. Look at the picture, then send it.',
      exchanges:
        'Here you read the letters from France Travail. You also see your appointments. Touch a letter to read it.',
      cv: {
        list: 'CV: a page that shows your work to employers. Here you see your CVs. You can make a new one.',
        cible:
          'Choose the job you are looking for. Type the first letters. Then touch the right job in the list.',
        informations:
          'Write what you did: your jobs, your studies, what you can do. You can skip a part.',
        miseEnPage: 'Choose the look of your CV. Look at the models. Touch the one you like.',
        miseEnLigne:
          'You choose whether employers can see your CV on the internet. You can also print your CV.',
      },
      offres: 'Here you look for a job. Type a job and a town. Touch an offer to read all of it.',
      registration:
        'Here you register with France Travail. There are several steps. At each step, you can go back.',
      employer:
        'This space is for employers. You make an account for a company, or for yourself if you employ someone at home.',
      password:
        'Here you choose a new password. Take a password that is easy for you to remember. Tell it to nobody.',
      securityKey:
        'A security key is a small object you plug into the terminal. It replaces the password to go in.',
      situation:
        'Here you tell France Travail what changes for you. For example a job, a training or a sick leave.',
      history:
        'Here you see what you said each month. Touch a month to read it. You can print the receipt.',
      paiements:
        'Here you see when France Travail pays you, and how much. Touch a payment to learn more.',
      attestations:
        'Certificate: an official paper that shows your situation. Choose the paper, then print it.',
      profil:
        'Here you change your address, your phone or your bank account. You read each change again before sending it.',
    },
  },
  errors: {
    chooseName: 'Choose your name in the list.',
    codeFormat: 'The code has 4 to 8 digits. Type it again.',
    wrong: 'This code is not the right one. Type it again.',
    locked_one: 'Too many wrong codes. Try again in {{count}} minute.',
    locked_other: 'Too many wrong codes. Try again in {{count}} minutes.',
    forbidden: "This adviser is not from this terminal's agency.",
    failed: 'The terminal could not check the code. Try again.',
  },
};
