export { CguReader } from './CguReader';
