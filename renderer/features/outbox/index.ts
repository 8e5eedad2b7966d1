export { OutboxStatus, type OutboxStatusProps } from './OutboxStatus';
export { SubmissionStatus, type SubmissionStatusProps } from './SubmissionStatus';
