export { AssistButton } from './AssistButton';
export { AssistStatus } from './AssistStatus';
export { ProblemPanel, type ProblemPanelProps } from './ProblemPanel';
