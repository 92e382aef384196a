// One report under review: its detail and original, and the review actions that change them.
import { useCallback, useEffect, useState } from 'react';
import type { OriginalFile, ReportDetail, ReportId, ReviewedFinding, ReviewStatus } from '../../../shared/ipc-contract';
import type { CellId, Severity } from '../../../shared/report';
import { invoke } from '../api/client';
import { useNotices } from '../common/notice-context';
import { useReviewer } from '../common/reviewer-context';

export interface ReportSession {
  status: 'loading' | 'ready' | 'error';
  detail: ReportDetail | null;
  original: OriginalFile | null;
  originalError: string | null;
  error: string | null;
  /** `keepDraft`: the comment is a set text, not what was typed (the typed draft stays). */
  setStatus: (findingId: string, status: ReviewStatus, comment: string, keepDraft?: boolean) => Promise<boolean>;
  addFinding: (cells: CellId[], message: string, severity: Severity, excerpt: string | null) => Promise<ReviewedFinding | null>;
  /** The report checked again, or null when the correction was not saved. */
  correctCell: (cellId: CellId, value: number | null) => Promise<ReportDetail | null>;
  /** Sets or withdraws the 审查完毕 mark. */
  markReviewed: (reviewed: boolean) => Promise<boolean>;
}

export function useReport(reportId: ReportId): ReportSession {
  const notices = useNotices();
  const reviewer = useReviewer();
  const [detail, setDetail] = useState<ReportDetail | null>(null);
  const [original, setOriginal] = useState<OriginalFile | null>(null);
  const [originalError, setOriginalError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke('report.get', { reportId }).then((result) => {
      if (!live) return;
      if (result.ok) setDetail(result.value);
      else {
        setError(result.error.message);
        notices.fail(result.error);
      }
    });
    void invoke('report.original', { reportId }).then((result) => {
      if (!live) return;
      if (result.ok) setOriginal(result.value);
      else {
        setOriginalError(result.error.message);
        notices.fail(result.error);
      }
    });
    return () => {
      live = false;
    };
  }, [reportId, notices]);

  const replaceFinding = (finding: ReviewedFinding) =>
    setDetail((current) =>
      current ? { ...current, findings: current.findings.map((entry) => (entry.id === finding.id ? finding : entry)) } : current,
    );

  const setStatus = useCallback(
    async (findingId: string, status: ReviewStatus, comment: string, keepDraft = false) => {
      if (!(await reviewer.ensure())) return false;
      const result = await invoke('review.setStatus', { reportId, findingId, status, comment, keepDraft });
      if (!result.ok) {
        notices.fail(result.error);
        return false;
      }
      replaceFinding(result.value);
      return true;
    },
    [reportId, reviewer, notices],
  );

  const addFinding = useCallback(
    async (cells: CellId[], message: string, severity: Severity, excerpt: string | null) => {
      if (!(await reviewer.ensure())) return null;
      const result = await invoke('review.addFinding', { reportId, cells, message, severity, ...(excerpt ? { excerpt } : {}) });
      if (!result.ok) {
        notices.fail(result.error);
        return null;
      }
      const added = result.value;
      setDetail((current) => (current ? { ...current, findings: [...current.findings.filter((entry) => entry.id !== added.id), added] } : current));
      return added;
    },
    [reportId, reviewer, notices],
  );

  const correctCell = useCallback(
    async (cellId: CellId, value: number | null) => {
      if (!(await reviewer.ensure())) return null;
      const result = await invoke('review.correctCell', { reportId, cellId, value });
      if (!result.ok) {
        notices.fail(result.error);
        return null;
      }
      setDetail(result.value);
      return result.value;
    },
    [reportId, reviewer, notices],
  );

  const markReviewed = useCallback(
    async (reviewed: boolean) => {
      if (reviewed && !(await reviewer.ensure())) return false;
      const result = await invoke('review.markReviewed', { reportId, reviewed });
      if (!result.ok) {
        notices.fail(result.error);
        return false;
      }
      const summary = result.value;
      setDetail((current) => (current ? { ...current, summary: { ...current.summary, completed: summary.completed } } : current));
      return true;
    },
    [reportId, reviewer, notices],
  );

  const status = error ? 'error' : detail ? 'ready' : 'loading';
  return { status, detail, original, originalError, error, setStatus, addFinding, correctCell, markReviewed };
}
