import type { Catalogue } from '../fr';

export const language: Catalogue['language'] = {
  choose: 'اختر اللغة',
  menu: 'اللغة: {{language}}',
  printedInFrench: 'هذه الوثيقة مطبوعة باللغة الفرنسية.',
};
