/** The parts of a synthesized CloudFormation template that the local cloud reads. */
export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
}

export interface CfnTemplate {
  Resources: Record<string, CfnResource>;
}

/**
 * The logical ids of a template's resources of one type.
 *
 * @example
 * resourcesOfType(template, 'AWS::SQS::Queue') // [['HealthInboundQueue1234', {...}]]
 */
export const resourcesOfType = (template: CfnTemplate, type: string): [string, CfnResource][] =>
  Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
