import type { Catalogue } from '../fr';

/** The on-screen keyboard's region and function keys, in Arabic. */
export const keyboard: Catalogue['keyboard'] = {
  label: 'لوحة المفاتيح على الشاشة',
  keys: {
    erase: 'مسح',
    shift: 'حروف كبيرة',
    space: 'مسافة',
    enter: 'تأكيد',
    hide: 'إخفاء لوحة المفاتيح',
    symbols: 'رموز',
    letters: 'ABC',
    arabic: 'عربي',
  },
};
