export { IdleDialog } from './IdleDialog';
