/** The comparison charts' pure builders live with the compare feature (the figure export uses them too). */
export {
  globalFrontLayer,
  multiplePanels,
  panelShareText,
  overlayLayers,
  parallelAxes,
  parallelBrushes,
  REFERENCE_COLOR,
  sharedDomain,
  type MultiplePanel,
} from '../features/compare/chartLayers';
