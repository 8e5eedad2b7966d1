export { DisplayControl } from './DisplayControl';
