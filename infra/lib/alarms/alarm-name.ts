import { Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * A stable, readable alarm name: the root stack's name, then the construct's path below it, then `what`,
 * e.g. `Platform-dev-FundService-Fund-RecordDonation-Errors`. Alarms are named rather than left to
 * CloudFormation so the dashboard can show them by name, without a reference (and an output) per alarm out
 * of each nested stack.
 */
export const alarmNameOf = (construct: IConstruct, what: string): string => {
  let root = Stack.of(construct);
  while (root.nestedStackParent !== undefined) root = root.nestedStackParent;
  const below = construct.node.path.split('/').slice(root.node.path.split('/').length).join('-');
  return `${root.stackName}-${below}-${what}`;
};
