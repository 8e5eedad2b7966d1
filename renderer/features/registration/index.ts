export { RegistrationScreen } from './RegistrationScreen';
export { ResumeScreen } from './ResumeScreen';
