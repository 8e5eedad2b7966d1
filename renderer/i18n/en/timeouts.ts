import type { timeouts as fr } from '../fr/timeouts';

/**
 * Time and endings: the maximum-length warning, the notice on the welcome screen after a visit
 * ended by itself, and the adviser call's waiting state and cancellation.
 */
export const timeouts: typeof fr = {
  maxLength: {
    title: 'Your visit will end soon',
    seconds_one: '{{count}} second left.',
    seconds_other: '{{count}} seconds left.',
    minutes_one: '{{count}} minute left.',
    minutes_other: '{{count}} minutes left.',
    why: 'A visit has a time limit, so that everyone can use the terminal.',
    extend_one: 'Extend by {{count}} minute',
    extend_other: 'Extend by {{count}} minutes',
    noMore: 'You cannot extend any more. Finish what you are doing.',
    close: 'Close',
    understood: 'I understand',
  },
  endedNotice: 'Your visit has ended. Your information has been erased.',
  assist: {
    waiting: 'An adviser has been called. Stay near the terminal.',
    waitingSince_one: 'You have been waiting for {{count}} minute.',
    waitingSince_other: 'You have been waiting for {{count}} minutes.',
    waitingJustNow: 'You have been waiting for less than a minute.',
    coming: 'An adviser is coming. Stay near the terminal.',
    comingNamed:
      'An adviser is coming. {{prenom}} is on the way to help you. Stay near the terminal.',
    cancel: 'Cancel the call',
    cancelled: 'The call is cancelled.',
    cancelFailed: 'The call could not be cancelled. Tell the adviser when they arrive.',
  },
};
