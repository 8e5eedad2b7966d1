export { OffresScreen } from './OffresScreen';
