import type { Channel, PushEvent, PushEvents, RequestOf, ResponseOf, Result } from '../../shared/ipc-contract';

export type PushEmitter = <E extends PushEvent>(event: E, payload: PushEvents[E]) => void;

export interface HandlerContext {
  emit: PushEmitter;
}

/** One handler per contract channel. Requests arrive already validated; expected failures come back as Result errors. */
export type ServiceHandlers = {
  [C in Channel]: (request: RequestOf<C>, context: HandlerContext) => Promise<Result<ResponseOf<C>>>;
};
