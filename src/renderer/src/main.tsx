// Renderer entry.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/vocabulary.css';
import './styles/shell.css';
import './styles/import.css';
import './styles/library.css';
import './styles/coverage.css';
import './styles/review.css';
import './styles/document.css';
import './styles/tables.css';
import './styles/findings.css';
import './styles/summary.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
