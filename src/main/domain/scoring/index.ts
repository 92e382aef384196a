// Quality scores of reports (年报质量评估): an editable rubric, a score per report, bodies ranked.
export {
  defaultRubric,
  normaliseRubric,
  pointsFor,
  scoringSections,
  sectionLabel,
  sectionOf,
} from './rubric';
export { deductionsOf, scoreReport } from './score-report';
export { rankByScore, type Ranked } from './rank';
