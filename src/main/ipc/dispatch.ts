// The single entry from any transport (Electron IPC, loopback bridge) into the services:
// known channel -> schema-checked request -> handler -> Result. Never throws.
import { z } from 'zod';
import { channels, type AppError, type Channel, type Result } from '../../shared/ipc-contract';
import type { PushEmitter, ServiceHandlers } from '../services/service-handlers';
import { requestSchemas } from './schemas';

export type Dispatch = (channel: string, raw: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors are logged; console.error by default. */
  logError?: (message: string, error: unknown) => void;
}

const zhCN = z.locales.zhCN().localeError;
const knownChannels: ReadonlySet<string> = new Set(channels);

const failure = (code: string, message: string): { ok: false; error: AppError } => ({ ok: false, error: { code, message } });

const isChannel = (channel: string): channel is Channel => knownChannels.has(channel);

/** "files[0].base64：文件过大…；batchId：…" — the first few issues, in Chinese. */
function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
    return path ? `${path}：${issue.message}` : issue.message;
  });
  const more = error.issues.length > 3 ? `（另有 ${error.issues.length - 3} 处）` : '';
  return `${parts.join('；')}${more}`;
}

export function createDispatcher(handlers: ServiceHandlers, emit: PushEmitter, options: DispatcherOptions = {}): Dispatch {
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const context = { emit };

  return async (channel, raw) => {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return failure('invalid_request', `请求格式不正确：未知的通道“${String(channel).slice(0, 80)}”`);
    }
    const parsed = requestSchemas[channel].safeParse(raw, { error: zhCN });
    if (!parsed.success) return failure('invalid_request', `请求格式不正确：${describeIssues(parsed.error)}`);
    try {
      // The schema for `channel` produced RequestOf<channel>; TypeScript cannot follow the correlation.
      const handler = handlers[channel] as (request: unknown, ctx: typeof context) => Promise<Result<unknown>>;
      const result = await handler(parsed.data, context);
      if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') {
        logError(`通道 ${channel} 的处理结果格式不正确`, result);
        return failure('internal', '内部错误：服务返回了无法识别的结果');
      }
      return result;
    } catch (error) {
      logError(`通道 ${channel} 处理时出错`, error);
      const reason = error instanceof Error ? error.message : String(error);
      return failure('internal', `内部错误：${reason.slice(0, 500) || '未知原因'}`);
    }
  };
}
