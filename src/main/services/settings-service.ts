// settings.get / settings.set: the reviewer's name signs every review entry and correction.
import type { Result, Settings } from '../../shared/ipc-contract';
import { ok } from './result';
import type { ServiceContext } from './service-context';

export const getSettings = (context: ServiceContext): Result<Settings> => ok({ ...context.db.data.settings });

export function setSettings(context: ServiceContext, settings: Settings): Promise<Result<Settings>> {
  return context.serialize(async () => {
    await context.db.update((data) => {
      data.settings = {
        reviewerName: settings.reviewerName.trim(),
        autoAdvance: settings.autoAdvance ?? data.settings.autoAdvance,
      };
    });
    return ok({ ...context.db.data.settings });
  });
}
