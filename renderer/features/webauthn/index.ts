export { SecurityKeyScreen } from './SecurityKeyScreen';
export { SecurityKeySignIn } from './SecurityKeySignIn';
