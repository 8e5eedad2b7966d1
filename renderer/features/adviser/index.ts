export { AdviserBar } from './AdviserBar';
export { AdviserMode } from './AdviserMode';
export { explanationTopic } from './topic';
