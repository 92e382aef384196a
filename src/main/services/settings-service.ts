// settings.get / settings.set: the reviewer's name signs every review entry and correction.
import type { Result, Settings } from '../../shared/ipc-contract';
import { ok } from './result';
import type { ServiceContext } from './service-context';

export const getSettings = (context: ServiceContext): Result<Settings> => ok({ ...context.db.data.settings });

export function setSettings(context: ServiceContext, settings: Settings): Promise<Result<Settings>> {
  return context.serialize(async () => {
    const { data } = context.db;
    const previous = data.settings;
    data.settings = { reviewerName: settings.reviewerName.trim() };
    // A failed write leaves the settings as they were, in memory too.
    await context.commitLibrary(() => {
      data.settings = previous;
    });
    return ok({ ...context.db.data.settings });
  });
}
