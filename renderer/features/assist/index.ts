export { AssistButton } from './AssistButton';
export { AssistStatus } from './AssistStatus';
