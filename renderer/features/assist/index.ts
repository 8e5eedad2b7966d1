export { AssistButton } from './AssistButton';
export { AssistInDialog, AssistStatus } from './AssistStatus';
export { ProblemPanel, type ProblemPanelProps } from './ProblemPanel';
export { useAssistFollow } from './useAssistFollow';
