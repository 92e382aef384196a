// The one way the renderer reaches the services: the preload's window.api on the desktop,
// the loopback bridge of `nianbao serve` in a browser.
import type { Api } from '../../../shared/ipc-contract';
import { createBridgeApi } from './bridge-client';

const tokenKey = 'nianbao.token';
let cached: Api | null = null;

/** Takes the per-run token from `?token=`, keeps it for this tab and removes it from the address bar. */
function takeBridgeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

export function getApi(): Api {
  if (cached) return cached;
  cached = window.api ?? createBridgeApi(window.location.origin, takeBridgeToken());
  return cached;
}
