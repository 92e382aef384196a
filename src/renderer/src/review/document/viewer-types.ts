// What every original viewer (PDF, HTML, text) receives from the document pane.
import type { Provenance } from '../../../../shared/document';

/** Sources to show; `key` changes on every request so the same source can be jumped to again. */
export interface DocumentTargets {
  key: number;
  /** Where the cells (or a located excerpt) stand: boxed. */
  sources: Provenance[];
  /** A sentence quoted from the report (text findings): found in the original and boxed as well. */
  excerpt: string | null;
  /** Which of the two to scroll to. */
  focus: 'cells' | 'excerpt';
}

export interface SearchState {
  query: string;
  /** 0-based index of the active match. */
  index: number;
}

export interface ViewerProps {
  targets: DocumentTargets;
  search: SearchState;
  onSearchCount: (count: number) => void;
  onRendered: () => void;
}
