// What every original viewer (PDF, HTML, text) receives from the document pane.
import type { Provenance } from '../../../../shared/document';

/** Sources to show; `key` changes on every request so the same source can be jumped to again. */
export interface DocumentTargets {
  key: number;
  sources: Provenance[];
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
