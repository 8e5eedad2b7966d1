import { useEffect } from 'react';
import type { DisplayTheme, TextSize } from '../../store';

/**
 * Draws the visitor's choice on <html>: the CSP forbids inline styles, so the text size is a data
 * attribute that kiosk.css turns into the root font size (the design system sizes everything in
 * rem), and the theme is the design system's own `data-fr-theme` (dark) plus ours for high contrast.
 */
export function useDisplayOnDocument(textSize: TextSize, theme: DisplayTheme): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.kioskTextSize = textSize;
    root.dataset.kioskContrast = theme === 'contrast' ? 'high' : 'normal';
    const scheme = theme === 'dark' ? 'dark' : 'light';
    root.dataset.frTheme = scheme;
    root.dataset.frScheme = scheme;
  }, [textSize, theme]);
}
