export { ActualisationScreen } from './ActualisationScreen';
export { ActualisationTile } from './ActualisationTile';
