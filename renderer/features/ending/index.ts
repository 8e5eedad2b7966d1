export { EndingScreen } from './EndingScreen';
