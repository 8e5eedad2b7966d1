import type { paiementsFr as fr } from '../fr/paiements';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const paiementsEn: Strings<typeof fr> = {
  documentTitle: 'My payments',
  title: 'My payments',
  back: 'Back to my space',
  loading: 'We are looking for your payments…',
  toAttestations: 'Print a certificate',
  next: {
    title: 'My next payment',
    scheduled: 'The payment for {{period}} arrives on {{date}}.',
    scheduledHelp:
      'That is the day France Travail sends the money. Your bank may show it one or two days later.',
    declareFirst:
      'First do your actualisation: say what you did in {{period}}. Then you will be paid.',
    declareFirstHelp:
      'You have until {{date}} included. The payment then arrives within a few days.',
    declare: 'Do my actualisation',
    none: 'No payment is planned at the moment.',
  },
  rights: {
    title: 'My rights',
    allocation: {
      ARE: 'Unemployment benefit (ARE)',
      ASS: 'Solidarity benefit (ASS)',
      AREF: 'Unemployment benefit during training (AREF)',
    },
    status: {
      open: 'Paid every month',
      suspended: 'Payments stopped for now',
      closed: 'Rights ended',
    },
    suspendedSince: 'Since {{date}}, France Travail no longer pays you.',
    reason: {
      documentMissing: 'Why: a document that was asked for has not arrived.',
      actualisationMissing: 'Why: a month was not declared.',
      control: 'Why: your file is being checked.',
    },
    whatToDo: {
      documentMissing:
        'What to do: send this document with “Send a document”. Payments will then start again.',
      actualisationMissing: 'What to do: call an adviser. They will tell you how.',
      control: 'What to do: wait for the letter from France Travail, or call an adviser.',
    },
    daily: 'Amount per day',
    dailyValue: '{{gross}} gross, that is {{net}} net',
    remaining: 'Days still to be paid',
    remainingDays_one: '{{count}} day',
    remainingDays_other: '{{count}} days',
    end: 'Planned end',
    endValue: 'On {{date}}, if every day is paid until then',
    opened: 'Since',
    none: 'You have no right to a benefit from France Travail.',
    noneHelp: 'If you think you have a right to some help, an adviser can help you.',
    registeredSince: 'You have been registered with France Travail since {{date}}.',
  },
  explain: {
    title: 'The words on this page',
    allocation: 'Benefit (allocation): the money France Travail pays you while you look for a job.',
    gross: 'Gross: the amount before deductions.',
    deductions: 'Deductions: money kept for your pension and for social security (CSG and CRDS).',
    net: 'Net: the money that reaches your bank account.',
    days: 'Days paid: the days of the month when you have a right to the benefit.',
  },
  history: {
    title: 'My latest payments',
    none: 'No payment in the last 12 months.',
    caption: 'Payments of the last 12 months, the latest first',
    period: 'Month',
    paidOn: 'Paid on',
    days: 'Days paid',
    gross: 'Gross',
    deductions: 'Deductions',
    net: 'Net amount',
    account: 'The money goes to your bank account ending in {{last4}}.',
    sentence:
      'For {{period}}, {{days}} days paid: {{gross}} gross, minus {{deductions}} of deductions. You received {{net}} on {{date}}.',
  },
  attestations: {
    documentTitle: 'My certificates',
    title: 'Print a certificate',
    intro:
      'A certificate (attestation) is an official paper from France Travail. The CAF, a landlord or the tax office may ask you for one.',
    kindLegend: 'Which certificate do you want?',
    kinds: {
      paiement: 'Payment certificate',
      inscription: 'Situation notice and registration periods',
      fiscale: 'Tax certificate',
      droits: 'Certificate of rights',
    },
    kindHelp: {
      paiement: 'What France Travail paid you, month by month.',
      inscription: 'Since when you have been registered, and your situation today.',
      fiscale: 'The amount to write on your tax return.',
      droits: 'Your benefit, its amount per day and its end.',
    },
    from: 'From the month of',
    to: 'Up to the month of',
    year: 'Year',
    choose: 'Choose…',
    show: 'See the certificate',
    showing: 'France Travail is preparing your certificate…',
    print: 'Print',
    printed: 'The certificate went to the printer. Take it from the tray.',
    reference: 'Reference: {{reference}}',
    verifyNote:
      'The person who receives this paper can check that it is genuine. They use the reference and the code written at the bottom.',
  },
  viewer: {
    label: 'Document: {{title}}',
    close: 'Close the certificate',
    loading: 'Opening the certificate…',
    failed: 'The certificate cannot be shown. You can print it, or call an adviser.',
  },
  validation: {
    kind: 'Choose a certificate.',
    from: 'Choose the first month.',
    to: 'Choose the last month.',
    period: 'Choose a month from the list.',
    toBeforeFrom: 'The last month must come after the first one. Choose another month.',
    tooLong: 'Choose 12 months at most.',
    year: 'Choose a year.',
  },
  errors: {
    noRights: 'You have no right to a benefit. So this certificate does not exist for you.',
    noFile: 'Your file is not ready yet. An adviser can help you.',
  },
};
