export { EmployerScreen } from './EmployerScreen';
