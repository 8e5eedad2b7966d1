export { CvScreen } from './CvScreen';
