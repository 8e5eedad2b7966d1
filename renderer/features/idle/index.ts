export { IdleDialog } from './IdleDialog';
export { MaxLengthDialog } from './MaxLengthDialog';
