export { EmployerSpaceScreen } from './EmployerSpaceScreen';
