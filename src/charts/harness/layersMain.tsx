/** Entry of the layers harness page (dev only, see LayersHarness). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../index.css';
import { LayersHarness } from './LayersHarness';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LayersHarness />
  </StrictMode>,
);
