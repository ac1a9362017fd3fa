/** Panels for comparing groups (methods): which are compared, their table, coverage, head to head, repeated runs. */
export { GroupPicker, PICKER_SHOWN } from './GroupPicker';
export { GroupTable } from './GroupTable';
export { CoverageMatrix } from './CoverageMatrix';
export { HeadToHead, headToHeadLayers } from './HeadToHead';
export { RunsPanel } from './RunsPanel';
export { attainmentLayers, surfaceRole } from './attainmentLayers';
export { surfaceLine } from './surfaceLine';
export { FigureDownload } from './FigureDownload';
export { attainmentFigure, compareFigureBase, compareFigureFile, coverageFigure, headToHeadFigure, runHypervolumeFigure } from './compareFigures';
export { groupCsv, groupCsvFileName, GROUP_CSV_COLUMNS } from './groupCsv';
export { formatHv, formatIndicator, formatPercent, formatShare, formatSignificant, groupName, NO_VALUE } from './text';
export type { CompareFigureContext, ComparePanelBase, CoverageMatrixProps, GroupPickerProps, GroupTableProps, HeadToHeadProps, RunsPanelProps } from './types';
