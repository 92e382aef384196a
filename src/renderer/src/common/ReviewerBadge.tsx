// "审查人：张三": who signs the decisions; a click changes the name.
import { t } from '../i18n/zh-CN';
import { useReviewer } from './reviewer-context';

export function ReviewerBadge() {
  const reviewer = useReviewer();
  return (
    <button type="button" className="text-button reviewer-badge" title={t.reviewer.change} onClick={reviewer.change}>
      {t.reviewer.current(reviewer.name)}
      <span aria-hidden="true"> ✎</span>
    </button>
  );
}
