// `window.api` is set by the preload in the desktop app and absent in the browser (see get-api.ts).
import type { Api } from '../../../shared/ipc-contract';

declare global {
  interface Window {
    api?: Api;
  }
}

export {};
