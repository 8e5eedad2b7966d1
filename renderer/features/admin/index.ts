export { AdminExit } from './AdminExit';
export { adminStatusComponents } from './statusSlot';
