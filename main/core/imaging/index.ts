export { assemblePdf } from './pdf';
export {
  preparePage,
  previewImage,
  type PreparedPage,
  type Rotation,
  type PageOptions,
} from './pipeline';
export { bytesPerPageTarget, profileSettings, type ImageProfile } from './profiles';
