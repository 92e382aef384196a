// The renderer's only door to the services: every call comes back as a Result, even when the
// transport itself throws (bridge down, preload missing), so screens handle one shape of failure.
import type { Api, Channel, PushEvent, PushEvents, RequestOf, ResponseOf, Result } from '../../../shared/ipc-contract';
import { t } from '../i18n/zh-CN';
import { getApi } from './get-api';

export function api(): Api {
  return getApi();
}

export async function invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  try {
    return await getApi().invoke(channel, request);
  } catch (error) {
    console.error(`[api] ${channel} failed`, error);
    return { ok: false, error: { code: 'transport', message: t.app.unexpected } };
  }
}

export function onPush<E extends PushEvent>(event: E, listener: (payload: PushEvents[E]) => void): () => void {
  return getApi().on(event, listener);
}
