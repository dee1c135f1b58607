import { Validations } from 'aws-cdk-lib';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage-config.ts';

export interface AlarmTopicProps {
  readonly stage: StageConfig;
}

/**
 * The one SNS topic every alarm of a stage notifies, with an email subscription for each of the stage's
 * `alarmEmails`. Publishing to it requires TLS (a topic policy denies any other request).
 *
 * @example
 * const { topic } = new AlarmTopic(this, 'Alarms', { stage });
 */
export class AlarmTopic extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlarmTopicProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', {
      displayName: `Selections platform alarms (${props.stage.name})`,
      enforceSSL: true,
    });
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'CloudWatch alarms cannot publish to a topic encrypted with the AWS-managed key alias/aws/sns (its key ' +
        'policy cannot grant cloudwatch.amazonaws.com), and the notifications carry only alarm names, states ' +
        'and runbook links, no platform data; a customer-managed key would buy nothing here.',
    });
    for (const email of props.stage.alarmEmails) this.topic.addSubscription(new EmailSubscription(email));
  }
}
