export { AttestationsScreen } from './AttestationsScreen';
export { PaiementsScreen } from './PaiementsScreen';
export { useServiceNews } from './useServiceNews';
