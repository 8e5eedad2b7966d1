export { DashboardDocuments } from './DashboardDocuments';
export { ExchangesScreen } from './ExchangesScreen';
