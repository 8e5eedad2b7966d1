export { createRomeSearch, type RomeSearch } from './search';
export { foldText, searchTokens, singular } from './normalize';
export { boundedEditDistance } from './distance';
export { isNewerRomeVersion, type AppellationHit, type RomeIndexData } from './types';
