export { assemblePdf } from './pdf';
export { estimateSkew, type SkewEstimate, type SkewOptions } from './deskew';
export {
  preparePage,
  previewImage,
  type PreparedPage,
  type Rotation,
  type PageOptions,
} from './pipeline';
export { bytesPerPageTarget, profileSettings, type ImageProfile } from './profiles';
