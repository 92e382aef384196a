// Vite bundles pdf.js's worker like the app's own code (same Chromium target) and hands back its URL.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?worker&url' {
  const url: string;
  export default url;
}
