import type { outbox as fr } from '../fr/outbox';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const outbox: Strings<typeof fr> = {
  submission: {
    sent: 'Sent',
    sentDetail: 'France Travail has received what you sent.',
    queued: 'Saved, will be sent as soon as possible',
    queuedDetail:
      'What you sent is saved securely on this terminal. It will be sent automatically, even after you leave: you have nothing more to do.',
  },
  admin: {
    title: 'Outbox',
    depth_one: '{{count}} item waiting',
    depth_other: '{{count}} items waiting',
    empty: 'Nothing waiting',
    oldest: 'The oldest has been waiting for {{age}}',
    attention_one: '{{count}} refused item to check',
    attention_other: '{{count}} refused items to check',
    noAttention: 'No refused item',
    unavailable: 'The outbox status is not available.',
    minutes: '{{count}} min',
    hours: '{{count}} h',
    seconds: '{{count}} s',
  },
};
