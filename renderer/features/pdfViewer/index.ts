export { PdfViewer } from './PdfViewer';
