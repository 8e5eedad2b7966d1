export { PasswordChangeScreen } from './PasswordChangeScreen';
export { PasswordChecklist } from './PasswordChecklist';
export { PasswordForgottenScreen } from './PasswordForgottenScreen';
export { useFieldErrors } from './useFieldErrors';
