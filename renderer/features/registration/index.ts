export { RegistrationScreen } from './RegistrationScreen';
export { ResumeScreen } from './ResumeScreen';
export { formatAppointment } from './appointment';
