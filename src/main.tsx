import './data/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import './index.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The last line of defence: whatever a panel's own boundary does not catch still leaves a message and a way out. */}
    <ErrorBoundary name="Paretoscope" variant="app">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
