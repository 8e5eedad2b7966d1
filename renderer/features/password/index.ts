export { PasswordChangeScreen } from './PasswordChangeScreen';
export { PasswordChecklist } from './PasswordChecklist';
export { PasswordForgottenScreen } from './PasswordForgottenScreen';
