import { adviser } from './ar/adviser';
import { offres } from './ar/offres';
import { account } from './ar/account';
import { profil } from './ar/profil';
import { actualisationAr } from './ar/actualisation';
import { admin } from './ar/admin';
import { cv } from './ar/cv';
import { display } from './ar/display';
import { documentsAr } from './ar/documents';
import { employer } from './ar/employer';
import { situation } from './ar/situation';
import { access } from './ar/access';
import { keyboard } from './ar/keyboard';
import { language } from './ar/language';
import { outbox } from './ar/outbox';
import { paiementsAr } from './ar/paiements';
import { speech } from './ar/speech';
import { timeouts } from './ar/timeouts';
import { outOfService } from './ar/outOfService';
import type { ArabicCatalogue } from './languages';

/**
 * Arabic (Modern Standard), written right to left. The official names stay in Latin script, as
 * the visitor will meet them on letters and at the desk (France Travail, actualisation,
 * identifiant, NIR), with a short Arabic explanation the first time a screen shows them. Latin
 * words between « » are wrapped in Unicode isolates (U+2068…U+2069): without them the
 * bidirectional algorithm moves the guillemets to the wrong side of the Latin words.
 */
export const ar: ArabicCatalogue = {
  admin,
  adviser,
  profil,
  outbox,
  keyboard,
  language,
  speech,
  timeouts,
  outOfService,
  display,
  cv,
  account,
  employer,
  situation,
  access,
  offres,
  app: {
    name: 'جهاز الخدمة الذاتية France Travail',
    documentTitle: '{{screen}} — جهاز France Travail',
    republicLine1: 'الجمهورية',
    republicLine2: 'الفرنسية',
    tagline: 'وكالتك France Travail (هيئة التشغيل الفرنسية)',
    tools: 'الاستماع واللغة والعرض',
    actions: 'الإجراءات',
    loading: 'جارٍ التحميل…',
  },
  welcome: {
    documentTitle: 'الاستقبال',
    title: 'مرحبًا بك في وكالة France Travail (هيئة التشغيل الفرنسية)',
    touchToStart: 'المس الشاشة للبدء',
    start: 'ابدأ',
    offres: 'البحث عن عروض العمل',
  },
  login: {
    documentTitle: 'تسجيل الدخول',
    title: 'الدخول إلى فضائي الشخصي',
    intro: 'كل الخانات إلزامية.',
    identifiant: 'Identifiant (رقم الدخول الذي أعطتك إياه France Travail)',
    identifiantHint:
      '7 أرقام وحرف واحد (مثلًا 1234567A)، أو الرمز الذي اخترته: من 6 إلى 20 حرفًا ورقمًا',
    motDePasse: 'كلمة السر',
    showPassword: 'إظهار',
    hidePassword: 'إخفاء',
    codePostal: 'الرمز البريدي',
    codePostalHint: 'الرمز البريدي لمكان سكنك',
    jobSeekersOnly: 'هذه الخانات تفتح فضاء الباحثين عن عمل.',
    employers:
      'هل أنت صاحب عمل؟ المس «أنا صاحب عمل: الدخول» في الأسفل. فضاؤك يُفتح أيضًا على pro.francetravail.fr (للشركات) أو على francetravail.fr (صاحب عمل فرد). يمكن لمكتب الاستقبال في الوكالة مساعدتك أيضًا.',
    submit: 'دخول',
    cancel: 'إلغاء',
  },
  dashboard: {
    documentTitle: 'فضائي',
    greeting: 'مرحبًا {{prenom}} {{nom}}',
    servicesTitle: 'خدماتك',
    soon: 'قريبًا',
    soonExplanation:
      'هذه الخدمات ستتوفر قريبًا على الجهاز. في الأثناء، يمكن لمستشار مساعدتك: المس «اطلب مستشارًا».',
    services: {
      actualisation: {
        title: 'Actualisation (التصريح الشهري)',
        description: 'التصريح بوضعيتي لهذا الشهر',
      },
      echanges: { title: 'مراسلاتي', description: 'الرسائل والوثائق المرسلة' },
      documents: { title: 'إرسال وثيقة', description: 'مسح وثيقة إثبات وإرسالها' },
      cv: { title: 'سيرتي الذاتية', description: 'إنشاء سيرتي الذاتية وطباعتها' },
      cle: { title: 'مفتاح الأمان الخاص بي', description: 'الدخول بدون كلمة السر' },
      situation: {
        title: 'التصريح بتغيير',
        description: 'عمل، تكوين، عطلة، انتقال، غياب',
      },
      historique: {
        title: 'تصريحاتي الشهرية',
        description: 'تصريحاتي في آخر 12 شهرًا، للقراءة أو الطباعة',
      },
      profil: { title: 'ملفي الشخصي', description: 'عنواني وهاتفي وحسابي البنكي' },
      paiements: { title: 'مدفوعاتي', description: 'متى وكم دفعت لي France Travail' },
      attestations: {
        title: 'شهاداتي',
        description: 'طباعة ورقة لـ CAF أو لمالك السكن أو لمصلحة الضرائب',
      },
      offres: { title: 'عروض العمل', description: 'البحث عن عروض العمل' },
    },
    now: {
      nextPayment: 'الدفعة القادمة يوم {{date}}',
      declareToBePaid: 'الدفع بعد التصريح الشهري',
      suspended: 'الدفعات متوقفة',
      unread_zero: 'لا رسائل غير مقروءة',
      unread_one: 'رسالة واحدة غير مقروءة',
      unread_two: 'رسالتان غير مقروءتين',
      unread_few: '{{count}} رسائل غير مقروءة',
      unread_many: '{{count}} رسالة غير مقروءة',
      unread_other: '{{count}} رسالة غير مقروءة',
      appointment: 'موعد يوم {{date}}',
    },
    provisional: {
      message:
        'تم تسجيلك. رموزك مؤقتة حتى موعدك يوم {{date}}. إلى ذلك الحين يمكنك طباعة وصل التسجيل وإرسال وثائق وإعداد سيرتك الذاتية. الخدمات الأخرى (actualisation أي التصريح الشهري، الرسائل…) ستُفتح عندما يصادق مستشار على تسجيلك، وستصلك رموزك النهائية بالبريد.',
      messageNoDate:
        'تم تسجيلك. رموزك مؤقتة حتى موعد التسجيل. إلى ذلك الحين يمكنك طباعة وصل التسجيل وإرسال وثائق وإعداد سيرتك الذاتية. الخدمات الأخرى (actualisation أي التصريح الشهري، الرسائل…) ستُفتح عندما يصادق مستشار على تسجيلك، وستصلك رموزك النهائية بالبريد.',
      appointmentTitle: 'موعد تسجيلي',
      appointmentBring: 'أحضر وثيقة هوية ووصل التسجيل.',
      noAppointment: 'لم تختر موعدًا بعد. يمكن لمستشار أن يقترح عليك موعدًا: المس «اطلب مستشارًا».',
      reference: 'مرجع تسجيلك: {{reference}}',
      receipt: {
        title: 'طباعة وصل التسجيل',
        description: 'المرجع والموعد والخطوات التالية',
      },
    },
  },
  actualisation: actualisationAr,
  ending: {
    documentTitle: 'نهاية الزيارة',
    title: 'نهاية زيارتك',
    text: 'يتم الآن محو معلوماتك من الجهاز.',
  },
  otherPage: {
    documentTitle: 'الجهاز قيد الاستعمال',
    title: 'الجهاز مفتوح في نافذة أخرى',
    text: 'هذه الصفحة لا تستطيع فعل شيء: نافذة واحدة فقط تتحكم في الجهاز. أغلق هذه الصفحة وتابع في النافذة المفتوحة، أو اطلب مستشارًا.',
  },
  visit: {
    end: 'إنهاء',
    confirmEnd: {
      title: 'هل تريد إنهاء زيارتك؟',
      keepGoing: 'متابعة زيارتي',
      confirm: 'إنهاء على أي حال',
      actualisation: 'تصريحك لم يُرسل. إذا أنهيت الآن، لن يُحفظ.',
      cv: 'السيرة الذاتية التي تعدّلها غير محفوظة. إذا أنهيت الآن، لن تُحفظ تعديلاتك.',
      registration: 'تسجيلك لم يكتمل. إذا أنهيت الآن، لن يُحفظ ما كتبته في هذه الخطوة.',
      document: 'وثيقتك لم تُرسل. إذا أنهيت الآن، لن تُحفظ الصفحات الممسوحة.',
      form: 'طلبك لم يُرسل. إذا أنهيت الآن، لن يُحفظ ما كتبته.',
    },
  },
  assist: {
    call: 'اطلب مستشارًا',
    sending: 'نحن نُبلغ مستشارًا…',
    failed: 'لم نتمكن من إبلاغ مستشار. توجّه إلى مكتب الاستقبال في الوكالة.',
  },
  idle: {
    title: 'هل ما زلت هنا؟',
    text_zero: 'لحماية معلوماتك، ستنتهي جلستك الآن.',
    text_one: 'لحماية معلوماتك، ستنتهي جلستك بعد ثانية واحدة.',
    text_two: 'لحماية معلوماتك، ستنتهي جلستك بعد ثانيتين.',
    text_few: 'لحماية معلوماتك، ستنتهي جلستك بعد {{count}} ثوانٍ.',
    text_many: 'لحماية معلوماتك، ستنتهي جلستك بعد {{count}} ثانية.',
    text_other: 'لحماية معلوماتك، ستنتهي جلستك بعد {{count}} ثانية.',
    stillHere: 'ما زلت هنا',
  },
  form: {
    errorsToFix_zero: 'لا توجد خانة يجب تصحيحها.',
    errorsToFix_one: 'خانة واحدة يجب تصحيحها.',
    errorsToFix_two: 'خانتان يجب تصحيحهما.',
    errorsToFix_few: '{{count}} خانات يجب تصحيحها.',
    errorsToFix_many: '{{count}} خانة يجب تصحيحها.',
    errorsToFix_other: '{{count}} خانة يجب تصحيحها.',
  },
  validation: {
    identifiant: {
      required: 'اكتب رقم الدخول (identifiant).',
      format:
        'رقم الدخول (identifiant) يتكون من 7 أرقام وحرف واحد (مثلًا 1234567A)، أو من 6 إلى 20 حرفًا ورقمًا بدون مسافة (مثلًا frankcapra).',
    },
    motDePasse: {
      required: 'اكتب كلمة السر.',
      tooLong: 'كلمة السر طويلة جدًا: 128 حرفًا على الأكثر.',
    },
    codePostal: {
      required: 'اكتب الرمز البريدي لمكان سكنك.',
      format: 'الرمز البريدي الفرنسي يتكون من 5 أرقام، مثلًا 75011.',
    },
    offerNumber: 'اكتب 6 أرقام وحرفًا واحدًا، مثلًا 688418K.',
    romeCode: 'اكتب حرفًا واحدًا و4 أرقام، مثلًا D1102.',
    offresPlace: 'المس مكانًا من القائمة، تحت الخانة.',
    offresCriteria: 'اكتب مهنة، أو اختر مكانًا.',
  },
  documents: documentsAr,
  paiements: paiementsAr,
  errors: {
    invalid_input: 'بعض المعلومات غير صحيحة. صحّح الخانات المشار إليها.',
    invalid_credentials:
      'رقم الدخول أو كلمة السر أو الرمز البريدي غير صحيح. تحقق من رموزك وحاول مرة أخرى.',
    api_unreachable: 'الخدمة غير متوفرة مؤقتًا. حاول بعد بضع دقائق أو اطلب مستشارًا.',
    api_error: 'واجهت الخدمة مشكلة. حاول بعد بضع دقائق أو اطلب مستشارًا.',
    no_active_visit: 'انتهت زيارتك. المس «ابدأ» للبدء من جديد.',
    not_signed_in: 'لم تعد متصلًا. سجّل الدخول مرة أخرى.',
    forbidden: 'هذا الإجراء غير مسموح به على الجهاز. اطلب مستشارًا.',
    account_locked:
      'محاولات دخول كثيرة جدًا. لحمايتك، الدخول مغلق لمدة {{minutes}} دقيقة. يمكن لمستشار مساعدتك.',
    account_pending: 'تسجيلك لم يكتمل: لم يُرسل بعد. لإكماله، المس «استئناف تسجيلي».',
    employer_space:
      'هذه رموز فضاء صاحب عمل. المس «أنا صاحب عمل: الدخول» في الأسفل. فضاؤك يُفتح أيضًا على pro.francetravail.fr (للشركات) أو على francetravail.fr (صاحب عمل فرد). يمكن لمكتب الاستقبال في الوكالة مساعدتك أيضًا.',
    certification_required:
      'حسابك غير موثَّق بعد: لا يمكنك نشر عرض. يجب أن يتحقق مستشار من هويتك أولًا.',
    printer_unavailable: 'الطابعة لا تستجيب. يمكنك قراءة الوثيقة على الشاشة أو طلب مستشار.',
    already_declared: 'لقد صرّحت بوضعيتك لهذا الشهر من قبل.',
    change_already_declared: 'لقد صرّحت بهذا التغيير من قبل، بنفس التاريخ. لا تحتاج إلى فعل أي شيء.',
    window_closed: 'فترة الـ actualisation (التصريح الشهري) مغلقة.',
    unknown_method: 'هذه الوظيفة غير متوفرة بعد على الجهاز. اطلب مستشارًا.',
    offer_not_found: 'لا يوجد عرض بهذا الرقم. تحقق من الرقم.',
    offer_filled: 'تم شغل هذا العرض: وجد صاحب العمل شخصًا.',
    offer_withdrawn: 'تم سحب هذا العرض: أوقفه صاحب العمل.',
    already_applied: 'لقد تقدمت إلى هذا العرض من قبل. طلبك موجود في « مراسلاتي ».',
    apply_not_online: 'لا يمكن التقدم إلى هذا العرض من الجهاز. اقرأ « للترشح »: ستجد ما يجب فعله.',
    cv_not_published:
      'هذه السيرة الذاتية غير منشورة. انشرها في « سيري الذاتية »، ثم حاول مرة أخرى.',
    classeur_full: 'عروضك المحفوظة ممتلئة: 50 عرضًا على الأكثر. أزل عرضًا، ثم حاول مرة أخرى.',
    alert_limit_reached: 'لديك 5 اشتراكات بالفعل. أوقف اشتراكًا، ثم حاول مرة أخرى.',
    internal: 'حدث خطأ غير متوقع. حاول مرة أخرى أو اطلب مستشارًا.',
  },
};
