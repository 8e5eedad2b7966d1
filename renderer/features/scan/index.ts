export { ScanStep } from './ScanStep';
export { useScan, type ScanControls } from './useScan';
