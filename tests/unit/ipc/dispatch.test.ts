import { describe, expect, it, vi } from 'vitest';
import { channels, type Channel, type Result } from '../../../src/shared/ipc-contract';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import type { ServiceHandlers } from '../../../src/main/services/service-handlers';

const reportId = 'a1b2c3d4e5f60718';

/** Handlers that echo the request they got, so the tests see what passed validation. */
function echoHandlers(): ServiceHandlers {
  const entries = channels.map((channel) => [
    channel,
    vi.fn(async (request: unknown) => ({ ok: true, value: request })),
  ]);
  return Object.fromEntries(entries) as unknown as ServiceHandlers;
}

const validRequests: { [C in Channel]: unknown } = {
  'library.list': {},
  'library.import': { files: [{ name: '报告.pdf', base64: 'JVBERi0xLjQK' }], batchId: 'batch-1' },
  'library.delete': { reportId },
  'library.coverage': {},
  'report.get': { reportId },
  'report.original': { reportId },
  'review.setStatus': {
    reportId,
    findingId: 'requests.balance|requests.new.natural',
    status: 'confirmed',
    comment: '数字不平',
  },
  'review.addFinding': {
    reportId,
    cells: ['requests.new.natural'],
    message: '人工发现',
    severity: 'warning',
  },
  'review.correctCell': { reportId, cellId: 'requests.new.natural', value: 12 },
  'settings.get': {},
  'settings.set': { reviewerName: '张三' },
  'export.reports': { reportIds: [reportId], format: 'xlsx', dismissed: 'separate', exportId: 'e1' },
  'office.get': {},
  'office.set': {
    office: { officeName: '某区政务公开办', contactName: '王', contactPhone: '0517-1234', deadlineDays: 15 },
  },
  'export.notices': { reportIds: [reportId], cleanReports: 'notice', packaging: 'zip', exportId: 'n1' },
  'summary.region': { reportIds: [reportId] },
  'summary.export': { reportIds: [reportId], format: 'docx', exportId: 's1' },
  'summary.chart': { reportIds: [reportId], chart: 'problemsByRule' },
};

describe('createDispatcher', () => {
  it('passes a valid request of every channel to its handler', async () => {
    const handlers = echoHandlers();
    const dispatch = createDispatcher(handlers, vi.fn());
    for (const channel of channels) {
      const result = await dispatch(channel, validRequests[channel]);
      expect(result, channel).toEqual({ ok: true, value: validRequests[channel] });
      expect(handlers[channel]).toHaveBeenCalledTimes(1);
    }
  });

  it('rejects unknown channels, including prototype keys', async () => {
    const dispatch = createDispatcher(echoHandlers(), vi.fn());
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', '']) {
      const result = await dispatch(channel, {});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_request');
        expect(result.error.message).toMatch(/^请求格式不正确：/);
      }
    }
  });

  it.each<[Channel, unknown]>([
    ['library.list', { extra: 1 }],
    ['library.list', null],
    ['report.get', { reportId: '../../etc/passwd' }],
    ['report.get', { reportId: 'ABCDEF0123456789' }],
    ['report.get', { reportId: 'abc' }],
    ['report.get', {}],
    ['library.import', { files: [{ name: 'a.pdf', base64: '***' }], batchId: 'b' }],
    ['library.import', { files: [{ name: '../a.pdf', base64: 'AAAA' }], batchId: 'b' }],
    ['library.import', { files: [], batchId: 'b' }],
    ['library.import', { files: [{ name: 'a.pdf', base64: 'AAAA', path: '/etc' }], batchId: 'b' }],
    ['review.setStatus', { reportId, findingId: 'x', status: 'approved', comment: '' }],
    ['review.correctCell', { reportId, cellId: 'a.b', value: '12' }],
    ['review.correctCell', { reportId, cellId: 'a.b', value: Number.POSITIVE_INFINITY }],
    ['review.correctCell', { reportId, cellId: '<script>', value: 1 }],
    ['settings.set', { reviewerName: 'x'.repeat(101) }],
    ['export.reports', { reportIds: [reportId], format: 'pdf', dismissed: 'separate', exportId: 'e1' }],
    ['export.reports', { reportIds: [], format: 'docx', dismissed: 'separate', exportId: 'e1' }],
    ['export.reports', { reportIds: [reportId], format: 'md', dismissed: 'hide', exportId: 'e1' }],
    ['export.reports', { reportIds: [reportId], format: 'csv', dismissed: 'omit' }],
  ])('rejects an invalid %s request', async (channel, request) => {
    const handlers = echoHandlers();
    const result = await createDispatcher(handlers, vi.fn())(channel, request);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_request');
      expect(result.error.message).toMatch(/^请求格式不正确：./);
    }
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it('names the offending field in Chinese', async () => {
    const result = await createDispatcher(echoHandlers(), vi.fn())('review.setStatus', {
      reportId,
      findingId: 'x',
      status: 'approved',
      comment: '',
    });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('status') } });
    expect(result.ok ? '' : result.error.message).toMatch(/[\u4e00-\u9fff]{4,}/);
  });

  it('turns a throwing handler into an internal error and logs it', async () => {
    const handlers = echoHandlers();
    handlers['library.list'] = async () => {
      throw new Error('磁盘坏了');
    };
    const logError = vi.fn();
    const result = await createDispatcher(handlers, vi.fn(), { logError })('library.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: '内部错误：磁盘坏了' } });
    expect(logError).toHaveBeenCalledTimes(1);
  });

  it('turns a malformed handler result into an internal error', async () => {
    const handlers = echoHandlers();
    handlers['library.list'] = (async () => undefined) as unknown as ServiceHandlers['library.list'];
    const logError = vi.fn();
    const result: Result<unknown> = await createDispatcher(handlers, vi.fn(), { logError })(
      'library.list',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logError).toHaveBeenCalled();
  });

  it('gives handlers the push emitter', async () => {
    const handlers = echoHandlers();
    const emit = vi.fn();
    handlers['library.import'] = async (request, context) => {
      context.emit('import.progress', { batchId: request.batchId, done: 1, total: 1, current: null });
      return { ok: true, value: [] };
    };
    await createDispatcher(handlers, emit)('library.import', validRequests['library.import']);
    expect(emit).toHaveBeenCalledWith('import.progress', {
      batchId: 'batch-1',
      done: 1,
      total: 1,
      current: null,
    });
  });
});
