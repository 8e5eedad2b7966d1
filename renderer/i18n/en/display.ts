import type { display as fr } from '../fr/display';

/** The « Affichage » control: text size and contrast, chosen by the visitor for this visit. */
export const display: typeof fr = {
  open: 'Display',
  panelTitle: 'Display',
  textSize: 'Text size',
  textSizes: {
    normal: 'Normal text',
    large: 'Large text',
    larger: 'Very large text',
  },
  contrast: 'Contrast',
  themes: {
    light: 'Light',
    dark: 'Dark',
    contrast: 'High contrast',
  },
  close: 'Close',
};
