export { LoginScreen } from './LoginScreen';
export { DigitPad } from './DigitPad';
