// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GroupTable } from './GroupTable';
import { useRawCsv } from '../export/rawCsv';
import { groupCsv, groupCsvFileName } from './groupCsv';
import { compareFixture, fixtureColors } from './testing/fixture';

const downloads: { text: string; name: string; type: string }[] = [];
vi.mock('../export/download', () => ({
  downloadText: (text: string, name: string, type: string) => downloads.push({ text, name, type }),
}));

afterEach(() => {
  cleanup();
  downloads.length = 0;
});

function setup(options: Parameters<typeof compareFixture>[0] = {}) {
  const compare = compareFixture(options);
  const onReference = vi.fn();
  const onResetReference = vi.fn();
  render(<GroupTable compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" datasetId="My Bench/v2" onReference={onReference} onResetReference={onResetReference} />);
  return { compare, onReference, onResetReference };
}

const groupOrder = () => within(screen.getByTestId('group-table')).getAllByRole('row').map((r) => r.getAttribute('data-group')).filter((g) => g !== null);

describe('GroupTable', () => {
  it('has a row per compared group with the exact hypervolume in data-value, sorted by hypervolume, best first', () => {
    setup();
    // compared: nsga2 1234.5678901, moead 1301.25, spea2 998.001, '' NaN
    expect(groupOrder()).toEqual(['moead', 'nsga2', 'spea2', '']);
    const hv = screen.getAllByTestId('hv');
    expect(hv.map((c) => c.getAttribute('data-value'))).toEqual(['1301.25', '1234.5678901', '998.001', 'NaN']);
    expect(hv.map((c) => c.textContent)).toEqual(['1,301.25', '1,234.57', '998.001', '—']);
    expect(hv[3].getAttribute('title')).toMatch(/undefined/);
    const noValue = screen.getByTestId('group-table').querySelector('tr[data-group=""]')!;
    expect(noValue.textContent).toContain('(no value)');
    const hvHeader = screen.getByRole('button', { name: 'Hypervolume' }).closest('th')!;
    expect(hvHeader.getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByTestId('global-hv').getAttribute('data-value')).toBe('1500');
  });

  it('toggles the sort on a header click, keeps undefined figures last, and moves aria-sort', () => {
    setup();
    const hvHeader = screen.getByRole('button', { name: 'Hypervolume' });
    fireEvent.click(hvHeader);
    expect(hvHeader.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(groupOrder()).toEqual(['spea2', 'nsga2', 'moead', '']);
    const igd = screen.getByRole('button', { name: 'IGD+' });
    fireEvent.click(igd);
    expect(igd.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(hvHeader.closest('th')!.getAttribute('aria-sort')).toBe('none');
    expect(groupOrder()).toEqual(['moead', 'nsga2', 'spea2', '']);
    fireEvent.click(screen.getByRole('button', { name: 'Algorithm' }));
    expect(groupOrder()).toEqual(['', 'moead', 'nsga2', 'spea2']);
  });

  it('shows infinite ε as ∞ and sorts it after the finite ones', () => {
    setup({ compared: [4, 0, 1] });
    const row = screen.getByTestId('group-table').querySelector('tr[data-group="random"]')!;
    const eps = row.querySelector('td[data-col="epsilon"]')!;
    expect(eps.textContent).toBe('∞');
    expect(eps.getAttribute('title')).toMatch(/infinite/);
    const header = screen.getByRole('button', { name: 'ε (additive)' });
    fireEvent.click(header);
    expect(groupOrder()).toEqual(['moead', 'nsga2', 'random']);
    fireEvent.click(header);
    expect(groupOrder()).toEqual(['nsga2', 'moead', 'random']);
  });

  it('commits a valid reference value on Enter, shows an error for an invalid one without committing', () => {
    const { onReference } = setup();
    const inputs = screen.getAllByTestId('hv-ref') as HTMLInputElement[];
    expect(inputs.map((i) => i.getAttribute('data-key'))).toEqual(['error', 'latency']);
    expect(inputs[1].value).toBe('100.5');
    expect(screen.getByLabelText('Reference for Latency (ms)')).toBe(inputs[1]);

    fireEvent.change(inputs[0], { target: { value: 'abc' } });
    fireEvent.keyDown(inputs[0], { key: 'Enter' });
    expect(onReference).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/not a finite number/);
    expect(inputs[0].getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(inputs[0], { target: { value: '' } });
    fireEvent.blur(inputs[0]);
    expect(onReference).not.toHaveBeenCalled();

    fireEvent.change(inputs[0], { target: { value: '12.75' } });
    fireEvent.keyDown(inputs[0], { key: 'Enter' });
    expect(onReference).toHaveBeenCalledWith('error', 12.75);
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.change(inputs[1], { target: { value: '2.5e3' } });
    fireEvent.blur(inputs[1]);
    expect(onReference).toHaveBeenLastCalledWith('latency', 2500);
  });

  it('does not commit an unchanged value, and enables Default only when a value was set', () => {
    const a = setup();
    const input = screen.getAllByTestId('hv-ref')[0];
    fireEvent.change(input, { target: { value: '10' } });
    fireEvent.blur(input);
    expect(a.onReference).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Default' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    const b = setup({ referenceEdited: [false, true] });
    const reset = screen.getByRole('button', { name: 'Default' }) as HTMLButtonElement;
    expect(reset.disabled).toBe(false);
    fireEvent.click(reset);
    expect(b.onResetReference).toHaveBeenCalledTimes(1);
    expect((screen.getAllByTestId('hv-ref')[1] as HTMLInputElement).value).toBe('101.75');
  });

  it('shows the problem when there is one', () => {
    setup({ problem: 'No rows are ranked' });
    expect(screen.getByTestId('compare-problem').textContent).toBe('No rows are ranked');
  });

  it('exports every compared group with exact numbers and the reference point', () => {
    const { compare } = setup();
    fireEvent.click(screen.getByTestId('group-csv'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].name).toBe('my-bench-v2-groups.csv');
    expect(downloads[0].text).toBe(groupCsv(compare));
    const parsed = Papa.parse<Record<string, string>>(downloads[0].text.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([
      'group',
      'rows',
      'front_size',
      'global_front_rows',
      'global_front_share',
      'hypervolume',
      'hypervolume_over_global',
      'igd_plus',
      'epsilon_additive',
      'hv_reference_error',
      'hv_reference_latency',
    ]);
    expect(parsed.data.map((r) => r.group)).toEqual(['nsga2', 'moead', 'spea2', '']);
    const nsga2 = parsed.data[0];
    expect(nsga2.hypervolume).toBe('1234.5678901');
    expect(Number(nsga2.hypervolume_over_global)).toBe(1234.5678901 / 1500);
    expect(nsga2.global_front_share).toBe(String(9 / 19));
    expect(nsga2.hv_reference_latency).toBe('100.5');
    expect(parsed.data[3].hypervolume).toBe('');
    expect(groupCsvFileName('')).toBe('data-groups.csv');
  });

  it('escapes group names a spreadsheet would run as formulas, unless Export → Raw cells is ticked', () => {
    const groups = [
      { name: '=cmd|" /C calc"!A0', rows: 4, frontSize: 2, onGlobal: 1, hypervolume: -5 },
      { name: '-2.5', rows: 3, frontSize: 1, onGlobal: 1, hypervolume: 2 },
    ];
    const compare = compareFixture({ groups, compared: [0, 1] });
    const read = (text: string) => Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
    const escaped = read(groupCsv(compare));
    expect(escaped.map((r) => r.group)).toEqual(['\'=cmd|" /C calc"!A0', '-2.5']);
    expect(escaped[0].hypervolume).toBe('-5');
    expect(read(groupCsv(compare, { raw: true })).map((r) => r.group)).toEqual(['=cmd|" /C calc"!A0', '-2.5']);
    useRawCsv.setState({ raw: true });
    try {
      render(<GroupTable compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" datasetId="d" onReference={vi.fn()} onResetReference={vi.fn()} />);
      fireEvent.click(screen.getByTestId('group-csv'));
      expect(read(downloads[downloads.length - 1].text)[0].group).toBe('=cmd|" /C calc"!A0');
    } finally {
      useRawCsv.setState({ raw: false });
    }
  });
});

describe('GroupTable when hypervolumes are out of budget', () => {
  it('says why they are missing', () => {
    const compare = compareFixture({ hypervolumeSkipped: true });
    render(<GroupTable compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" datasetId="demo" onReference={() => {}} onResetReference={() => {}} />);
    expect(screen.getByTestId('hv-skipped').textContent).toMatch(/left out/);
  });
  it('stays quiet otherwise', () => {
    const compare = compareFixture();
    render(<GroupTable compare={compare} colors={fixtureColors(compare)} groupLabel="Algorithm" datasetId="demo" onReference={() => {}} onResetReference={() => {}} />);
    expect(screen.queryByTestId('hv-skipped')).toBeNull();
  });
});
