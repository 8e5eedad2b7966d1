import type { ArabicCatalogue } from '../languages';

/** What a receipt says about delivery, and the outbox counts on the admin screen, in Arabic. */
export const outbox: ArabicCatalogue['outbox'] = {
  submission: {
    sent: 'تم الإرسال',
    sentDetail: 'استلمت France Travail ما أرسلته.',
    queued: 'محفوظ، وسيُرسل في أقرب وقت ممكن',
    queuedDetail:
      'ما أرسلته محفوظ على الجهاز بشكل آمن. سيُرسل تلقائيًا، حتى بعد مغادرتك: لا تحتاج إلى إعادة أي شيء.',
  },
  admin: {
    title: 'قائمة الإرسال',
    depth_zero: 'لا يوجد إرسال في الانتظار',
    depth_one: 'إرسال واحد في الانتظار',
    depth_two: 'إرسالان في الانتظار',
    depth_few: '{{count}} إرسالات في الانتظار',
    depth_many: '{{count}} إرسالًا في الانتظار',
    depth_other: '{{count}} إرسال في الانتظار',
    empty: 'لا يوجد إرسال في الانتظار',
    oldest: 'الأقدم ينتظر منذ {{age}}',
    attention_zero: 'لا يوجد إرسال مرفوض',
    attention_one: 'إرسال واحد مرفوض يجب التحقق منه',
    attention_two: 'إرسالان مرفوضان يجب التحقق منهما',
    attention_few: '{{count}} إرسالات مرفوضة يجب التحقق منها',
    attention_many: '{{count}} إرسالًا مرفوضًا يجب التحقق منه',
    attention_other: '{{count}} إرسال مرفوض يجب التحقق منه',
    noAttention: 'لا يوجد إرسال مرفوض',
    unavailable: 'حالة قائمة الإرسال غير متوفرة.',
    minutes: '{{count}} دقيقة',
    hours: '{{count}} ساعة',
    seconds: '{{count}} ثانية',
  },
};
