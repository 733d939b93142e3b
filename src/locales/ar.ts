import type { Catalog } from './en.js';
import { registerLocale } from './registry.js';

/** Arabic (Modern Standard Arabic, addressed to everyone; written right to left). */
export const ar: Catalog = {
  'help.open': 'احصل على المساعدة الآن',
  'help.title': 'تحدّث مع أحد الآن',
  'help.intro': 'لست مضطرًا لتجاوز هذا وحدك. هؤلاء الأشخاص مستعدون للاستماع إليك.',
  'help.emergency': 'إذا كنت في خطر الآن، اتصل بالرقم {number}.',
  'help.emergencyUnknown': 'إذا كنت في خطر الآن، اتصل برقم الطوارئ المحلي.',
  'help.findLine': 'ابحث عن خط مساعدة في بلدك',
  'help.call': 'اتصل بالرقم {number}',
  'help.text': 'أرسل رسالة نصية إلى {number}',
  'help.textMessage': 'أرسل {message} في رسالة نصية إلى {number}',
  'help.chat': 'دردش عبر الإنترنت',
  'help.alwaysOpen': 'متاح على مدار الساعة، كل يوم',
  'help.languages': 'اللغات: {languages}',
  'help.for.veterans': 'للمحاربين القدامى',
  'help.for.spanish': 'باللغة الإسبانية',
  'help.for.young-people': 'للشباب',
  'help.for.mental-health': 'للصحة النفسية',
  'help.newTab': '(يفتح في علامة تبويب جديدة)',
  'help.close': 'إغلاق',
  'quickExit.button': 'اخرج من هذه الصفحة',
  'quickExit.hint': 'أو اضغط على Shift ثلاث مرات',
  'quickExit.progress': 'ضغطت Shift {count} من 3 مرات',
  'common.loadError': 'تعذّر تحميل هذا النشاط.',
};

registerLocale('ar', ar, 'rtl');
