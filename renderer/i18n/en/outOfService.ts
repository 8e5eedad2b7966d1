import type { outOfService as fr } from '../fr/outOfService';

/** The calm screen of a terminal that IT put out of service: what happens, where to go instead. */
export const outOfService: typeof fr = {
  documentTitle: 'Kiosk unavailable',
  title: 'Kiosk temporarily unavailable',
  text: 'This kiosk is not working right now. It will be ready again soon.',
  elsewhere: 'Go to the agency reception desk. Someone from the agency will help you.',
  otherTerminal: 'You can also use another kiosk in the agency.',
};
