export { CameraStep } from './CameraStep';
export { hasCamera } from './media';
