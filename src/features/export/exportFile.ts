/**
 * What each Export menu item writes. Kept apart from the menu so the figure builders (SVG of every
 * view mode, the PNG rasterizer) and the CSV writer download when a person first exports, not with
 * the first page load.
 */
import { chartToPng } from '../../charts/exportPng';
import type { ScatterViewState } from '../../charts/types';
import type { WhileBusy } from '../menu/useMenu';
import { exportFigure, figureToSvg, type ExportSource } from './chartInput';
import { allRowsCsv, frontCsv } from './csv';
import { downloadBlob, downloadText } from './download';
import { exportFileBase, exportFileName, figureFileBase, type ExportKind } from './fileName';

export interface ExportChoices {
  /** The Scatter's zoom window and size, when its handle is at hand. */
  viewState: ScatterViewState | null;
  dark: boolean;
  /** "Raw cells": no spreadsheet escaping in CSV. */
  raw: boolean;
}

/** Builds the file of `kind` for the view and downloads it, named after the dataset and the axes. */
export async function exportFile(kind: ExportKind, source: ExportSource, { viewState, dark, raw }: ExportChoices, whileBusy: WhileBusy): Promise<void> {
  const { dataset, spec, view } = source;
  const name = exportFileName(exportFileBase(dataset.id, spec.y, spec.x), kind);
  if (kind === 'png' || kind === 'svg') {
    const figure = exportFigure(source, viewState, dark ? 'dark' : 'light');
    const axisKeys = figure.mode === 'parallel' ? figure.input.axes.map((a) => a.key) : [];
    const figureName = exportFileName(figureFileBase(dataset.id, spec.y, spec.x, figure.mode, axisKeys), kind);
    const svg = figureToSvg(figure);
    if (kind === 'svg') downloadText(svg, figureName, 'image/svg+xml;charset=utf-8');
    else downloadBlob(await whileBusy(chartToPng(svg, 2)), figureName);
  } else if (kind === 'csv-front') downloadText(frontCsv(dataset, view, { raw }), name, 'text/csv;charset=utf-8');
  else if (kind === 'csv-all') downloadText(allRowsCsv(dataset, view, { raw }), name, 'text/csv;charset=utf-8');
  else downloadText(`${JSON.stringify(spec, null, 2)}\n`, name, 'application/json');
}
