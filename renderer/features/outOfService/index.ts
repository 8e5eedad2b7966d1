export { OutOfServiceScreen } from './OutOfServiceScreen';
export { useServiceEvents } from './useServiceEvents';
