export { ActualisationScreen } from './ActualisationScreen';
export { ActualisationTile } from './ActualisationTile';
export { ReceiptView } from './ReceiptView';
export { dateTimeLabel, periodLabel } from './format';
