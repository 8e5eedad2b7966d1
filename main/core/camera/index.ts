export {
  detectFrame,
  straightenFrame,
  DETECT_WIDTH,
  type Detection,
  type Straightened,
} from './capture';
export { findPage, orderCorners, pageSize, type Point, type Quad } from './detect';
export { loadOpenCv } from './opencv';
