// settings.get / settings.set: the reviewer's name signs every review entry and correction.
// office.get / office.set: the office's notice settings and the scoring rubric (office.json).
import type { OfficeProfile, OfficeSettings, Result, Settings } from '../../shared/ipc-contract';
import type { Rubric } from '../../shared/scoring';
import { crossYearRules, reportRules } from '../domain/checks/index';
import { defaultRubric, normaliseRubric, scoringSections, sectionOf } from '../domain/scoring/rubric';
import { ruleLabel } from './export/labels';
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

/** Rules the parser raises besides the registered checks, and the reviewer's own findings. */
const otherRules = ['structure.unplaced', 'structure.inferred', 'structure.rows', 'reviewer.note'];

const knownRules = (): string[] => [
  ...new Set([
    ...reportRules.map((rule) => rule.id),
    ...crossYearRules.map((rule) => rule.id),
    ...otherRules,
  ]),
];

/** The office's settings and the rubric in force (the default until the office edits it). */
export async function officeProfile(context: ServiceContext): Promise<OfficeProfile> {
  const stored = await context.office.read();
  return {
    office: stored.office,
    rubric: normaliseRubric(stored.rubric ?? defaultRubric),
    defaultRubric: stored.rubric === null,
    rules: knownRules().map((id) => ({ id, label: ruleLabel(id), section: sectionOf(id) })),
    sections: scoringSections,
  };
}

export const getOffice = async (context: ServiceContext): Promise<Result<OfficeProfile>> =>
  ok(await officeProfile(context));

/** Saves what is given; a rubric of null restores the default. Scores follow at once: they are never stored. */
export function setOffice(
  context: ServiceContext,
  request: { office?: OfficeSettings; rubric?: Rubric | null },
): Promise<Result<OfficeProfile>> {
  return context.serialize(async () => {
    const stored = await context.office.read();
    await context.office.write({
      version: 1,
      office: request.office ? { ...request.office } : stored.office,
      rubric:
        request.rubric === undefined ? stored.rubric : request.rubric && normaliseRubric(request.rubric),
    });
    return ok(await officeProfile(context));
  });
}
