/** The calm screen of a terminal that IT put out of service: what happens, where to go instead. */
export const outOfService = {
  documentTitle: 'الجهاز غير متاح',
  title: 'الجهاز غير متاح مؤقتًا',
  text: 'هذا الجهاز لا يعمل الآن. سيكون جاهزًا من جديد قريبًا.',
  elsewhere: 'اذهب إلى مكتب الاستقبال في الوكالة. سيساعدك أحد موظفي الوكالة.',
  otherTerminal: 'يمكنك أيضًا استعمال جهاز آخر في الوكالة.',
};
