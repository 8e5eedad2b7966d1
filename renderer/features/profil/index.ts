export { ProfilScreen } from './ProfilScreen';
