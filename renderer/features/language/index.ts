export { LanguageChoice } from './LanguageChoice';
export { LanguageMenu } from './LanguageMenu';
export { PrintedInFrench } from './PrintedInFrench';
export { useChooseLanguage, useVisitLanguage } from './useLanguage';
