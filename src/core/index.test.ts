import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('public API', () => {
  it('exports exactly the contracted functions and error class', () => {
    const names = Object.keys(core).sort();
    expect(names).toEqual(
      [
        'CoreInputError',
        'attainmentSurfaces',
        'coverage',
        'coverageMatrix',
        'defaultReference',
        'groupFronts',
        'groupIndicators',
        'headToHead',
        'headToHeadSentence',
        'runHypervolumes',
        'DEFAULT_RHO',
        'EXPRESSION_FUNCTIONS',
        'ExpressionError',
        'MAX_EXPRESSION_DEPTH',
        'MAX_EXPRESSION_LENGTH',
        'columnsOf',
        'costOfPass',
        'evaluateExpression',
        'parseExpression',
        'quoteColumnName',
        'pseudoWeights',
        'weightRange2d',
        'supportedMask',
        'supportAnalysis',
        'SUPPORT_TOLERANCE',
        'SUPPORT_EXACT_BUDGET',
        'epsilonAdditive',
        'hypervolume',
        'hypervolumeContributions',
        'boundedHypervolume',
        'HYPERVOLUME_WORK_BUDGET',
        'igdPlus',
        'kneePoint',
        'paretoFront',
        'paretoRanks',
        'scalarize',
      ].sort(),
    );
    const constants = new Set(['DEFAULT_RHO', 'EXPRESSION_FUNCTIONS', 'MAX_EXPRESSION_DEPTH', 'MAX_EXPRESSION_LENGTH', 'SUPPORT_TOLERANCE', 'SUPPORT_EXACT_BUDGET', 'HYPERVOLUME_WORK_BUDGET']);
    for (const n of names) if (!constants.has(n)) expect(typeof (core as Record<string, unknown>)[n]).toBe('function');
  });

  it('throws CoreInputError (an Error subclass) from every function on mismatched columns', () => {
    const bad = [Float64Array.of(1, 2), Float64Array.of(1)];
    const senses = ['min', 'min'] as const;
    const calls: (() => unknown)[] = [
      () => core.paretoFront(bad, senses),
      () => core.paretoRanks(bad, senses),
      () => core.hypervolume(bad, senses, [3, 3]),
      () => core.boundedHypervolume(bad, senses, [3, 3]),
      () => core.hypervolumeContributions(bad, senses, [3, 3]),
      () => core.igdPlus(bad, senses, [Float64Array.of(0), Float64Array.of(0)]),
      () => core.epsilonAdditive(bad, senses, [Float64Array.of(0), Float64Array.of(0)]),
      () => core.scalarize(bad, senses, [1, 1], { method: 'weighted-sum', normalization: 'range' }),
      () => core.kneePoint(bad, senses),
      () => core.costOfPass(bad[0], bad[1]),
      () => core.pseudoWeights(bad, senses, 0),
      () => core.weightRange2d(bad, senses, 0, 'range'),
      () => core.supportedMask(bad, senses, 'range'),
      () => core.evaluateExpression(core.parseExpression('a + b'), new Map([['a', bad[0]], ['b', bad[1]]]), 2),
    ];
    for (const call of calls) {
      expect(call).toThrow(core.CoreInputError);
      try {
        call();
      } catch (e) {
        expect(e).toBeInstanceOf(Error);
        expect((e as Error).name).toBe('CoreInputError');
        expect((e as Error).message).toMatch(/length|rows but/);
      }
    }
  });
});
