export { AdviserBar } from './AdviserBar';
export { AdviserStatusRow } from './AdviserStatusRow';
export { AdviserMode } from './AdviserMode';
export { explanationTopic } from './topic';
