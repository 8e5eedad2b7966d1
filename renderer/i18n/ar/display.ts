/** The « Affichage » control: text size and contrast, chosen by the visitor for this visit. */
export const display = {
  open: 'العرض',
  panelTitle: 'العرض',
  textSize: 'حجم النص',
  textSizes: {
    normal: 'نص عادي',
    large: 'نص كبير',
    larger: 'نص كبير جدًا',
  },
  contrast: 'التباين',
  themes: {
    light: 'فاتح',
    dark: 'داكن',
    contrast: 'تباين قوي',
  },
  close: 'إغلاق',
};
