import { describe, expect, it } from 'vitest';
import { exportFileBase, exportFileName, figureFileBase, sanitizeFileName } from './fileName';

describe('export file names', () => {
  it('keeps letters, digits, dots, dashes and underscores, in lower case', () => {
    expect(sanitizeFileName('aider-polyglot')).toBe('aider-polyglot');
    expect(sanitizeFileName('Price [$/1000 examples]')).toBe('price-1000-examples');
    expect(sanitizeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(sanitizeFileName('Top-1 (%)')).toBe('top-1');
    expect(sanitizeFileName('total_cost')).toBe('total_cost');
  });

  it('folds accents, drops what has no ASCII form and falls back when nothing is left', () => {
    expect(sanitizeFileName('Précision déjà')).toBe('precision-deja');
    expect(sanitizeFileName('日本')).toBe('paretoscope');
    expect(sanitizeFileName('', 'x')).toBe('x');
    expect(sanitizeFileName('...')).toBe('paretoscope');
    expect(sanitizeFileName('../../etc/passwd')).toBe('etc-passwd');
  });

  it('never yields a reserved Windows name or an overlong one', () => {
    expect(sanitizeFileName('CON')).toBe('con-file');
    expect(sanitizeFileName('x'.repeat(300)).length).toBeLessThanOrEqual(120);
  });

  it('names files <dataset>-<y>-vs-<x>', () => {
    const base = exportFileBase('aider-polyglot', 'pass_rate_2', 'total_cost');
    expect(base).toBe('aider-polyglot-pass_rate_2-vs-total_cost');
    expect(exportFileName(base, 'png')).toBe('aider-polyglot-pass_rate_2-vs-total_cost.png');
    expect(exportFileName(base, 'svg')).toBe('aider-polyglot-pass_rate_2-vs-total_cost.svg');
    expect(exportFileName(base, 'csv-front')).toBe('aider-polyglot-pass_rate_2-vs-total_cost-frontier.csv');
    expect(exportFileName(base, 'csv-all')).toBe('aider-polyglot-pass_rate_2-vs-total_cost-all-rows.csv');
    expect(exportFileName(base, 'json')).toBe('aider-polyglot-pass_rate_2-vs-total_cost-view.json');
    expect(exportFileBase('zoo', '', 'Price [$/1000 examples]')).toBe('zoo-y-vs-price-1000-examples');
  });

  it('adds the view to figures of the comparison views', () => {
    expect(figureFileBase('moocore-tpls', 'WeightedTardiness', 'Makespan')).toBe('moocore-tpls-weightedtardiness-vs-makespan');
    expect(figureFileBase('moocore-tpls', 'WeightedTardiness', 'Makespan', 'overlay')).toBe('moocore-tpls-overlay-weightedtardiness-vs-makespan');
    expect(figureFileBase('moocore-tpls', 'WeightedTardiness', 'Makespan', 'multiples')).toBe('moocore-tpls-multiples-weightedtardiness-vs-makespan');
    expect(figureFileBase('zoo', 'top1', 'params', 'parallel', ['top1', 'params', 'Price [$/1000 examples]'])).toBe('zoo-parallel-top1-params-price-1000-examples');
    const many = figureFileBase('data', 'y', 'x', 'parallel', Array.from({ length: 40 }, (_, i) => `objective_${i}`));
    expect(many.length).toBeLessThanOrEqual(120);
    expect(many).not.toMatch(/[-._]$/);
  });
});
