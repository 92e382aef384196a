// The findings as a listbox: severity, message, formula and review state; j/k or arrows move.
import { useEffect, useRef } from 'react';
import type { ReviewedFinding } from '../../../../shared/ipc-contract';
import { findingStateOf } from '../../../../shared/review-state';
import { scrollWithin } from '../../common/scroll';
import { t } from '../../i18n/zh-CN';
import { findingStateLabel } from './finding-state';

interface FindingsListProps {
  findings: ReviewedFinding[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function FindingsList({ findings, selectedId, onSelect }: FindingsListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const selectedIndex = findings.findIndex((finding) => finding.id === selectedId);

  useEffect(() => {
    const list = listRef.current;
    const option = list?.querySelector('[aria-selected="true"]');
    if (list?.parentElement && option) scrollWithin(list.parentElement, option, { behavior: 'auto' });
  }, [selectedId]);

  if (findings.length === 0) return <p className="findings-empty">{t.findings.none}</p>;

  return (
    <div
      ref={listRef}
      className="findings-list"
      role="listbox"
      aria-label={t.findings.listLabel}
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? `finding-option-${selectedIndex}` : undefined}
    >
      {findings.map((finding, index) => {
        const state = findingStateOf(finding);
        const stateLabel = findingStateLabel(finding);
        return (
          <div
            key={finding.id}
            id={`finding-option-${index}`}
            role="option"
            aria-selected={finding.id === selectedId}
            aria-label={t.findings.optionName(finding.message, t.severity[finding.severity], stateLabel)}
            className={`finding-option severity-${finding.severity} state-${state}${finding.resolved ? ' resolved' : ''}`}
            data-finding-id={finding.id}
            data-severity={finding.severity}
            data-status={state}
            data-rule={finding.rule}
            onClick={() => onSelect(finding.id)}
          >
            <span className={`badge badge-${finding.severity}`}>{t.severity[finding.severity]}</span>
            <span className="finding-main">
              <span className="finding-message" title={finding.message}>
                {finding.message}
              </span>
              {finding.formula && <span className="finding-formula">{finding.formula}</span>}
            </span>
            <span className="finding-side">
              <span className={`status-chip status-${state}`}>{stateLabel}</span>
              {finding.origin === 'reviewer' && <span className="tag">{t.findings.origin}</span>}
              {finding.resolved && <span className="tag">{t.findings.resolved}</span>}
            </span>
          </div>
        );
      })}
    </div>
  );
}
