// Annotated findings summaries of one report or a batch, as Word and Excel files (Electron-free).
export { exportReportsDocx } from './docx-summary';
export { exportReportsXlsx } from './xlsx-summary';
export type { ExportOptions } from './report-view';
