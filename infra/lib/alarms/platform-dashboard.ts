import { Duration, Stack } from 'aws-cdk-lib';
import { Alarm, AlarmStatusWidget, Dashboard, GraphWidget, Metric, TextWidget } from 'aws-cdk-lib/aws-cloudwatch';
import type { IWidget } from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { BUSINESS_METRICS, METRICS_NAMESPACE } from '../../../packages/kit/src/metrics/business-metrics.ts';
import type { StageConfig } from '../stage-config.ts';
import type { AlarmsByStack } from './platform-alarms.ts';

/** An alarm status widget shows at most 100 alarms. */
const ALARMS_PER_WIDGET = 100;

export interface PlatformDashboardProps {
  readonly stage: StageConfig;
  readonly alarms: AlarmsByStack;
}

/**
 * One dashboard per stage, `<root stack name>`: the business metrics of each service, graphed by day and by
 * hour, beside the state of every alarm, grouped by the stack that holds it. Alarms are shown by name (each
 * alarm is named), so the dashboard in the root stack needs no reference into a nested stack.
 *
 * @example
 * new PlatformDashboard(this, 'Dashboard', { stage, alarms: addPlatformAlarms(this, { topic, api }) });
 */
export class PlatformDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: PlatformDashboardProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: stack.stackName,
      defaultInterval: Duration.days(7),
    });

    const metricOf = (name: keyof typeof BUSINESS_METRICS, period: Duration) =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: name,
        dimensionsMap: { service: BUSINESS_METRICS[name].service, stage: props.stage.name },
        statistic: 'Sum',
        period,
        label: BUSINESS_METRICS[name].description,
      });
    const services = [...new Set(Object.values(BUSINESS_METRICS).map((metric) => metric.service))];
    const businessWidgets: IWidget[] = services.map((service) => {
      const names = (Object.keys(BUSINESS_METRICS) as (keyof typeof BUSINESS_METRICS)[]).filter(
        (name) => BUSINESS_METRICS[name].service === service,
      );
      return new GraphWidget({
        title: `${service}: per hour`,
        width: 12,
        left: names.map((name) => metricOf(name, Duration.hours(1))),
      });
    });

    let index = 0;
    const alarmWidgets: IWidget[] = [...props.alarms].flatMap(([stackPath, alarms]) => {
      const title = stackPath.split('/').slice(1).join('/') || 'root (API, inboxes)';
      const widgets: IWidget[] = [];
      for (let start = 0; start < alarms.length; start += ALARMS_PER_WIDGET) {
        const shown = alarms.slice(start, start + ALARMS_PER_WIDGET).map((alarm) => {
          index += 1;
          // By name: the alarm may be in a nested stack, and its name is a plain string of ours.
          return Alarm.fromAlarmName(this, `Alarm${index}`, alarm);
        });
        widgets.push(new AlarmStatusWidget({ title: `Alarms: ${title}`, width: 12, alarms: shown }));
      }
      return widgets;
    });

    this.dashboard.addWidgets(new TextWidget({ markdown: `# Selections platform (${props.stage.name})\nRunbook: README.md#runbook`, width: 24, height: 2 }));
    // Two columns: the business metrics on the left, the alarms on the right.
    const rows = Math.max(businessWidgets.length, alarmWidgets.length);
    for (let row = 0; row < rows; row += 1) {
      this.dashboard.addWidgets(...[businessWidgets[row], alarmWidgets[row]].filter((widget) => widget !== undefined));
    }
  }
}
