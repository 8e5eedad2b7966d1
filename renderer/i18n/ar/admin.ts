import type { ArabicCatalogue } from '../languages';

/** The hidden admin exit, in Arabic. */
export const admin: ArabicCatalogue['admin'] = {
  title: 'خروج المسؤول',
  intro: 'خاص بموظفي الإعلاميات. اكتب رمز PIN لإغلاق الجهاز.',
  pin: 'رمز PIN الخاص بالمسؤول',
  pinHint: 'من 4 إلى 12 رقمًا',
  submit: 'إغلاق الجهاز',
  cancel: 'إلغاء',
  exiting: 'جارٍ إغلاق الجهاز…',
  status: 'حالة الجهاز',
  errors: {
    format: 'رمز PIN يتكون من 4 إلى 12 رقمًا.',
    wrong: 'رمز PIN غير صحيح.',
    locked_zero: 'رموز خاطئة كثيرة جدًا. حاول مرة أخرى الآن.',
    locked_one: 'رموز خاطئة كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.',
    locked_two: 'رموز خاطئة كثيرة جدًا. حاول مرة أخرى بعد ثانيتين.',
    locked_few: 'رموز خاطئة كثيرة جدًا. حاول مرة أخرى بعد {{count}} ثوانٍ.',
    locked_many: 'رموز خاطئة كثيرة جدًا. حاول مرة أخرى بعد {{count}} ثانية.',
    locked_other: 'رموز خاطئة كثيرة جدًا. حاول مرة أخرى بعد {{count}} ثانية.',
    disabled: 'خروج المسؤول غير مُعدّ على هذا الجهاز.',
    failed: 'لم يتمكن الجهاز من التحقق من الرمز. حاول مرة أخرى.',
  },
};
