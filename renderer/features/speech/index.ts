export { SpeechControl } from './SpeechControl';
export { SpeechStatus } from './SpeechStatus';
export { describeScreen, describeElement, type DescribeWords } from './describe';
