import { describe, expect, it } from '@jest/globals';
import { emitMetrics, metricsDocument } from './emit-metrics.ts';

describe('emitMetrics', () => {
  it('writes one line holding the exact EMF document: namespace, service and stage dimensions, each metric with its unit', () => {
    // Prepare
    const lines: string[] = [];
    // Act
    emitMetrics({ DonationsLevied: 1, LevyUnits: 250 }, { now: new Date('2026-12-01T10:00:00.000Z'), stage: 'prod', write: (line) => lines.push(line) });
    // Assess
    expect(lines).toStrictEqual([
      '{"_aws":{"Timestamp":1796119200000,"CloudWatchMetrics":[{"Namespace":"SelectionsPlatform","Dimensions":[["service","stage"]],' +
        '"Metrics":[{"Name":"DonationsLevied","Unit":"Count"},{"Name":"LevyUnits","Unit":"Count"}]}]},' +
        '"service":"fund","stage":"prod","DonationsLevied":1,"LevyUnits":250}\n',
    ]);
  });

  it('takes the stage from PLATFORM_STAGE when none is given', () => {
    // Prepare
    const before = process.env['PLATFORM_STAGE'];
    process.env['PLATFORM_STAGE'] = 'dev';
    try {
      // Act
      const document = metricsDocument({ RetirementsWithdrawn: 1 }, { now: new Date(0) });
      // Assess
      expect({ service: document.service, stage: document.stage }).toStrictEqual({ service: 'emeritus', stage: 'dev' });
    } finally {
      if (before === undefined) delete process.env['PLATFORM_STAGE'];
      else process.env['PLATFORM_STAGE'] = before;
    }
  });

  it('fails for metrics of two services in one emission', () => {
    // Act and Assess
    expect(() => metricsDocument({ GrantsPaid: 1, SelectionsScheduled: 1 })).toThrow(
      'metrics of one emission must be at least one, all of one service; got [GrantsPaid, SelectionsScheduled] of [fund, selections]',
    );
  });
});
