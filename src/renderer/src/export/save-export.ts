// Delivers an exported file: main may have saved it already, else the browser downloads it.
import type { ExportedFile } from '../../../shared/ipc-contract';
import { base64ToBytes } from '../api/base64';

const mimeTypes: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  png: 'image/png',
  zip: 'application/zip',
};

export function downloadExport(file: Pick<ExportedFile, 'fileName' | 'base64'>): void {
  const extension = file.fileName.split('.').pop()?.toLowerCase() ?? '';
  const bytes = base64ToBytes(file.base64);
  const blob = new Blob([bytes.buffer as ArrayBuffer], {
    type: mimeTypes[extension] ?? 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
