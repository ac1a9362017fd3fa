import { describe, expect, it } from 'vitest';
import { hasDecimalCommas } from './decimalComma';
import { inferImport } from './infer';
import { parseText } from './parse';
import { rowTexts } from './rawColumns';

describe('decimal commas', () => {
  it('reads a ;-separated file whose number cells look like 0,81 as decimals, and says so', () => {
    const table = parseText('model;accuracy;latency ms;params\nA;0,81;12,5;7\nB;0,77;9;13\nC;NA;10,25;70\n', 'eu.csv');
    expect(table.delimiter).toBe(';');
    expect(rowTexts(table).map((r) => r[1])).toEqual(['0.81', '0.77', 'NA']);
    expect(rowTexts(table).map((r) => r[2])).toEqual(['12.5', '9', '10.25']);
    expect(rowTexts(table).map((r) => r[3])).toEqual(['7', '13', '70']);
    expect(table.decimalComma).toEqual(['accuracy', 'latency ms']);
    const { mapping, notes } = inferImport(table);
    expect(notes).toContain('eu.csv separates cells with semicolons and writes decimal commas: "accuracy", "latency ms" were read with "0,81" as 0.81.');
    expect(mapping.find((m) => m.key === 'accuracy')?.type).toBe('number');
  });

  it('leaves a column alone when its cells disagree or could be thousands', () => {
    expect(hasDecimalCommas(['0,81', '0.77'])).toBe(false);
    expect(hasDecimalCommas(['1,234.5', '0,5'])).toBe(false);
    expect(hasDecimalCommas(['1,234', '12,500'])).toBe(false);
    expect(hasDecimalCommas(['1,234', '0,5'])).toBe(true);
    expect(hasDecimalCommas(['abc', '0,5'])).toBe(false);
    expect(hasDecimalCommas(['', '-', '−0,5'])).toBe(true);
    const table = parseText('a;b\n1,234;x\n2,500;y\n', 'k.csv');
    expect(rowTexts(table).map((r) => r[0])).toEqual(['1,234', '2,500']);
    expect(table.decimalComma).toBeUndefined();
  });

  it('never rewrites a comma-separated file', () => {
    const table = parseText('a,b\n"0,5",1\n"0,25",2\n', 'c.csv');
    expect(rowTexts(table).map((r) => r[0])).toEqual(['0,5', '0,25']);
    expect(table.readNotes).toBeUndefined();
  });
});
