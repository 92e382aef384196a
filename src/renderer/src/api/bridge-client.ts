// The Api over the loopback bridge of `nianbao serve`: fetch for requests, Server-Sent Events for pushes.
import type { Api, AppError, Channel, PushEvent, PushEvents, RequestOf, ResponseOf, Result } from '../../../shared/ipc-contract';

const tokenHeader = 'X-Nianbao-Token';

const failure = (code: string, message: string): { ok: false; error: AppError } => ({ ok: false, error: { code, message } });

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && 'error' in value;
}

/** Turns a non-2xx answer into a Result error, keeping the server's own Chinese message when it sent one. */
async function httpFailure(response: Response): Promise<{ ok: false; error: AppError }> {
  const body: unknown = await response.json().catch(() => null);
  if (isResult(body) && !body.ok) return body;
  if (response.status === 401) return failure('unauthorized', '访问令牌无效：请使用 nianbao serve 输出的完整地址（含 token）重新打开页面。');
  if (response.status === 413) return failure('too_large', '请求过大：一次导入的文件总量超过上限，请分批导入。');
  return failure('transport', `审查服务返回错误（HTTP ${response.status}）。`);
}

export function createBridgeApi(baseUrl: string, token: string): Api {
  const base = baseUrl.replace(/\/+$/, '');
  const listeners = new Map<PushEvent, Set<(payload: never) => void>>();
  let source: EventSource | null = null;

  // One EventSource for all listeners, opened on first subscription and closed with the last one.
  const ensureSource = (): EventSource => {
    if (source) return source;
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    for (const event of listeners.keys()) attach(source, event);
    return source;
  };

  const attached = new Set<PushEvent>();
  function attach(target: EventSource, event: PushEvent): void {
    if (attached.has(event)) return;
    attached.add(event);
    target.addEventListener(event, (message: MessageEvent<string>) => {
      let payload: unknown;
      try {
        payload = JSON.parse(message.data);
      } catch (error) {
        console.error(`推送事件 ${event} 的数据无法解析`, error);
        return;
      }
      for (const listener of listeners.get(event) ?? []) listener(payload as never);
    });
  }

  return {
    platform: 'browser',

    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
      let response: Response;
      try {
        response = await fetch(`${base}/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [tokenHeader]: token },
          body: JSON.stringify(request),
        });
      } catch (error) {
        return failure('unavailable', `无法连接审查服务，请确认 nianbao serve 仍在运行（${String(error)}）。`);
      }
      if (!response.ok) return httpFailure(response);
      const body: unknown = await response.json().catch(() => null);
      if (!isResult(body)) return failure('transport', '审查服务的应答格式不正确。');
      return body as Result<ResponseOf<C>>;
    },

    on<E extends PushEvent>(event: E, listener: (payload: PushEvents[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const entry = listener as (payload: never) => void;
      set.add(entry);
      attach(ensureSource(), event);
      return () => {
        set.delete(entry);
        const remaining = [...listeners.values()].reduce((sum, each) => sum + each.size, 0);
        if (remaining === 0 && source) {
          source.close();
          source = null;
          attached.clear();
        }
      };
    },
  };
}
