import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { emitMetrics } from './emit-metrics.ts';

const emitted = (write: jest.SpiedFunction<typeof process.stdout.write>): unknown[] =>
  write.mock.calls.map(([line]) => String(line)).filter((line) => line.startsWith('{"_aws"')).map((line) => JSON.parse(line) as unknown);

describe('emitMetrics', () => {
  const disabled = process.env['POWERTOOLS_METRICS_DISABLED'];
  beforeEach(() => {
    process.env['POWERTOOLS_METRICS_DISABLED'] = 'false';
  });
  afterEach(() => {
    jest.restoreAllMocks();
    if (disabled === undefined) delete process.env['POWERTOOLS_METRICS_DISABLED'];
    else process.env['POWERTOOLS_METRICS_DISABLED'] = disabled;
  });

  it('writes one line holding the exact EMF document: namespace, service and stage dimensions, each metric with its unit', () => {
    // Prepare
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    // Act
    emitMetrics({ DonationsLevied: 1, LevyUnits: 250 }, { now: new Date('2026-12-01T10:00:00.000Z'), stage: 'prod' });
    // Assess
    expect(emitted(write)).toStrictEqual([
      {
        _aws: {
          Timestamp: Date.parse('2026-12-01T10:00:00.000Z'),
          CloudWatchMetrics: [
            {
              Namespace: 'SelectionsPlatform',
              Dimensions: [['service', 'stage']],
              Metrics: [
                { Name: 'DonationsLevied', Unit: 'Count' },
                { Name: 'LevyUnits', Unit: 'Count' },
              ],
            },
          ],
        },
        service: 'fund',
        stage: 'prod',
        DonationsLevied: 1,
        LevyUnits: 250,
      },
    ]);
  });

  it('takes the stage from PLATFORM_STAGE when none is given, and emits each call once', () => {
    // Prepare
    const before = process.env['PLATFORM_STAGE'];
    process.env['PLATFORM_STAGE'] = 'dev';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      // Act
      emitMetrics({ RetirementsWithdrawn: 1 });
      emitMetrics({ RetirementsWithdrawn: 1 });
    } finally {
      if (before === undefined) delete process.env['PLATFORM_STAGE'];
      else process.env['PLATFORM_STAGE'] = before;
    }
    // Assess: two lines of one metric each, never an accumulated 2 or a repeated first line
    const fields = emitted(write).map((line) => {
      const { service, stage, RetirementsWithdrawn } = line as Record<string, unknown>;
      return { service, stage, RetirementsWithdrawn };
    });
    expect(fields).toStrictEqual([
      { service: 'emeritus', stage: 'dev', RetirementsWithdrawn: 1 },
      { service: 'emeritus', stage: 'dev', RetirementsWithdrawn: 1 },
    ]);
  });

  it('writes nothing when POWERTOOLS_METRICS_DISABLED is true', () => {
    // Prepare
    process.env['POWERTOOLS_METRICS_DISABLED'] = 'true';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    // Act
    emitMetrics({ GrantsPaid: 1 });
    // Assess
    expect(emitted(write)).toStrictEqual([]);
  });

  it('fails for metrics of two services in one emission, and writes nothing', () => {
    // Prepare
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    // Act and Assess
    expect(() => emitMetrics({ GrantsPaid: 1, SelectionsScheduled: 1 })).toThrow(
      'metrics of one emission must be at least one, all of one service; got [GrantsPaid, SelectionsScheduled] of [fund, selections]',
    );
    expect(emitted(write)).toStrictEqual([]);
  });
});
