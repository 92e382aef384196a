// Non-blocking notices: errors (role=alert) stay until closed, information fades by itself.
import { createContext, useContext } from 'react';
import type { AppError } from '../../../shared/ipc-contract';

export type NoticeKind = 'error' | 'info';

export interface Notice {
  id: number;
  kind: NoticeKind;
  message: string;
}

export interface Notices {
  error: (message: string) => void;
  info: (message: string) => void;
  /** Shows a Result error's Chinese message. */
  fail: (error: AppError) => void;
}

export const NoticeContext = createContext<Notices | null>(null);

export function useNotices(): Notices {
  const notices = useContext(NoticeContext);
  if (!notices) throw new Error('useNotices outside NoticesProvider');
  return notices;
}
