import type { CfnTemplate } from './template.ts';

/** What the local cloud knows of each resource once it exists in the emulators. */
export interface PhysicalResources {
  region: string;
  accountId: string;
  stackName: string;
  /** Ref of a logical id: a table's name, a queue's URL, a function's name. */
  refs: Map<string, string>;
  /** Fn::GetAtt of `LogicalId.Attribute`. */
  attributes: Map<string, string>;
}

export class UnresolvableIntrinsicError extends Error {
  constructor(expression: unknown, reason: string) {
    super(`cannot resolve ${JSON.stringify(expression)} locally: ${reason}`);
    this.name = 'UnresolvableIntrinsicError';
  }
}

const pseudoParameter = (name: string, physical: PhysicalResources): string | undefined =>
  ({
    'AWS::Region': physical.region,
    'AWS::AccountId': physical.accountId,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
    'AWS::StackName': physical.stackName,
    'AWS::StackId': `arn:aws:cloudformation:${physical.region}:${physical.accountId}:stack/${physical.stackName}/local`,
  })[name];

/**
 * Resolves CloudFormation intrinsics (Ref, Fn::GetAtt, Fn::Join, Fn::Select, Fn::Sub) in a
 * template value against the resources the local cloud created, so a function's environment
 * locally is exactly what CloudFormation would give it. A reference to a resource the local
 * cloud does not run (a Cognito pool, a log group) resolves to a readable placeholder.
 *
 * @example
 * resolveIntrinsics({ Ref: 'HealthTable12AB' }, template, physical) // 'HealthTable12AB'
 */
export const resolveIntrinsics = (value: unknown, template: CfnTemplate, physical: PhysicalResources): unknown => {
  const resolve = (inner: unknown): unknown => resolveIntrinsics(inner, template, physical);
  const resolveString = (inner: unknown): string => {
    const resolved = resolve(inner);
    if (typeof resolved !== 'string' && typeof resolved !== 'number') throw new UnresolvableIntrinsicError(inner, 'not a string');
    return String(resolved);
  };
  if (Array.isArray(value)) return value.map(resolve);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const [key, argument] = entries[0] ?? [];
  if (entries.length !== 1 || key === undefined) return Object.fromEntries(entries.map(([k, v]) => [k, resolve(v)]));

  switch (key) {
    case 'Ref': {
      const name = String(argument);
      const resolved = pseudoParameter(name, physical) ?? physical.refs.get(name);
      if (resolved !== undefined) return resolved;
      if (template.Resources[name]) return `local-placeholder:${name}`;
      throw new UnresolvableIntrinsicError(value, `no resource or parameter ${name}`);
    }
    case 'Fn::GetAtt': {
      const [logicalId, attribute] = Array.isArray(argument) ? argument.map(String) : String(argument).split('.');
      const resolved = physical.attributes.get(`${logicalId}.${attribute}`);
      if (resolved !== undefined) return resolved;
      if (logicalId && template.Resources[logicalId]) return `local-placeholder:${logicalId}.${attribute}`;
      throw new UnresolvableIntrinsicError(value, `no resource ${logicalId}`);
    }
    case 'Fn::Join': {
      const [separator, parts] = argument as [string, unknown[]];
      return (resolve(parts) as unknown[]).map((part) => resolveString(part)).join(separator);
    }
    case 'Fn::Select': {
      const [index, list] = argument as [number | string, unknown];
      return (resolve(list) as unknown[])[Number(index)];
    }
    case 'Fn::Sub': {
      const [text, variables = {}] = Array.isArray(argument) ? (argument as [string, Record<string, unknown>]) : [String(argument)];
      return text.replace(/\$\{([^}!]+)\}/g, (_, name: string) =>
        name in variables
          ? resolveString(variables[name])
          : resolveString(name.includes('.') ? { 'Fn::GetAtt': name.split('.') } : { Ref: name }),
      );
    }
    default:
      if (key.startsWith('Fn::')) throw new UnresolvableIntrinsicError(value, `${key} is not supported locally`);
      return { [key]: resolve(argument) };
  }
};
