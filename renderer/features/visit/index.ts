export { EndVisitButton } from './EndVisitButton';
export { visitEnded } from './endOfVisit';
export { ACTIVITY_INTERVAL_MS, useActivityReporter } from './useActivityReporter';
export { useEndVisit, useStartVisit } from './useVisitActions';
export { useVisitEvents } from './useVisitEvents';
export { OtherPageScreen } from './OtherPageScreen';
export { useDeclaredUnsentWork } from './useDeclaredUnsentWork';
