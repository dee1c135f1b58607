/** The parts of a synthesized CloudFormation template that the local cloud reads. */
export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
  DependsOn?: string | string[];
  Condition?: string;
}

export interface CfnTemplate {
  Resources: Record<string, CfnResource>;
  Parameters?: Record<string, unknown>;
  Conditions?: Record<string, unknown>;
  Outputs?: Record<string, { Value: unknown } & Record<string, unknown>>;
}

/**
 * The logical ids of a template's resources of one type.
 *
 * @example
 * resourcesOfType(template, 'AWS::SQS::Queue') // [['HealthInboundQueue1234', {...}]]
 */
export const resourcesOfType = (template: CfnTemplate, type: string): [string, CfnResource][] =>
  Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
