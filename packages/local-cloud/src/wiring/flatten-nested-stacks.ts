import type { CfnResource, CfnTemplate } from './template.ts';

const NESTED_STACK = 'AWS::CloudFormation::Stack';
/** Where the CDK records, on a nested stack resource, the cloud-assembly file of the nested template. */
export const NESTED_TEMPLATE_METADATA = 'aws:asset:path';

export class UnsupportedNestedStackError extends Error {
  constructor(logicalId: string, reason: string) {
    super(`the local cloud cannot flatten nested stack ${logicalId}: ${reason}`);
    this.name = 'UnsupportedNestedStackError';
  }
}

type Json = unknown;
type Rewrite = (value: Json) => Json;

/** What one inlined template leaves behind for its parent: its outputs, in the flattened namespace. */
interface Inlined {
  outputs: Record<string, Json>;
  /** The flattened logical ids of every resource it contributed (for a parent's DependsOn on the stack). */
  resourceIds: string[];
}

const isObject = (value: Json): value is Record<string, Json> => value !== null && typeof value === 'object' && !Array.isArray(value);
const single = (value: Json): [string, Json] | undefined => {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value);
  return entries.length === 1 ? entries[0] : undefined;
};

/**
 * Turns a root template with nested stacks (`AWS::CloudFormation::Stack`) into one template, as if every
 * nested resource had been defined in the root: each nested resource is copied in (its logical id kept, or
 * prefixed with its stack's logical id only where it would collide), each `Ref` to a nested template's
 * parameter becomes the value its parent passes in, and each `Fn::GetAtt [<stack>, Outputs.<name>]` becomes
 * that output's value. Nested stacks inside nested stacks are flattened the same way. The stack resources
 * themselves are dropped: what reads the result sees only the resources they held.
 *
 * @example
 * const flat = flattenNestedStacks(root, (file) => JSON.parse(readFileSync(join(cloudAssembly, file), 'utf8')));
 */
export const flattenNestedStacks = (root: CfnTemplate, readTemplate: (assetPath: string) => CfnTemplate): CfnTemplate => {
  const resources: Record<string, CfnResource> = {};
  const conditions: Record<string, Json> = {};
  const takenIds = new Set<string>();
  const takenConditions = new Set<string>();

  const uniqueId = (taken: Set<string>, id: string, prefix: string): string => {
    let candidate = taken.has(id) ? `${prefix}${id}` : id;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${prefix}${id}${n}`;
    taken.add(candidate);
    return candidate;
  };

  /** Inlines `template`, whose parameters take `parameters` (already flattened; undefined for the root). */
  const inline = (template: CfnTemplate, parameters: Record<string, Json> | undefined, prefix: string): Inlined => {
    const entries = Object.entries(template.Resources);
    const stacks = new Map(entries.filter(([, resource]) => resource.Type === NESTED_STACK));
    // The root keeps every id; a nested template's ids are taken after its parent's, so a collision renames
    // the nested resource, never one the parent (or a test looking it up by prefix) already knows.
    const ids = new Map(entries.filter(([id]) => !stacks.has(id)).map(([id]) => [id, uniqueId(takenIds, id, prefix)]));
    const conditionIds = new Map<string, string>();
    for (const [name, condition] of Object.entries(template.Conditions ?? {})) {
      const same = takenConditions.has(name) && JSON.stringify(conditions[name]) === JSON.stringify(condition);
      conditionIds.set(name, same ? name : uniqueId(takenConditions, name, prefix));
    }

    const inlinedStacks = new Map<string, Inlined>();
    const inlining = new Set<string>();
    const stack = (logicalId: string): Inlined => {
      const done = inlinedStacks.get(logicalId);
      if (done) return done;
      if (inlining.has(logicalId)) throw new UnsupportedNestedStackError(logicalId, 'its parameters depend on its own outputs');
      inlining.add(logicalId);
      const resource = stacks.get(logicalId)!;
      const file = resource.Metadata?.[NESTED_TEMPLATE_METADATA];
      if (typeof file !== 'string') throw new UnsupportedNestedStackError(logicalId, `it has no ${NESTED_TEMPLATE_METADATA} metadata naming its template`);
      const nestedParameters = Object.fromEntries(
        Object.entries((resource.Properties?.Parameters as Record<string, Json> | undefined) ?? {}).map(([name, value]) => [name, rewrite(value)]),
      );
      const inlined = inline(readTemplate(file), nestedParameters, logicalId);
      inlinedStacks.set(logicalId, inlined);
      return inlined;
    };

    const refTo = (name: string): Json => {
      if (parameters && name in parameters) return parameters[name];
      if (stacks.has(name)) throw new UnsupportedNestedStackError(name, 'a Ref to a nested stack (its id) has no local meaning');
      if (parameters && template.Parameters?.[name] !== undefined) {
        throw new UnsupportedNestedStackError(prefix, `its parent passes no value for parameter ${name}`);
      }
      return { Ref: ids.get(name) ?? name };
    };
    const getAtt = (logicalId: string, attribute: string): Json => {
      if (stacks.has(logicalId)) {
        const output = attribute.startsWith('Outputs.') ? attribute.slice('Outputs.'.length) : undefined;
        const outputs = stack(logicalId).outputs;
        if (output === undefined || !(output in outputs)) {
          throw new UnsupportedNestedStackError(logicalId, `it has no output for Fn::GetAtt ${attribute}`);
        }
        return outputs[output];
      }
      return { 'Fn::GetAtt': [ids.get(logicalId) ?? logicalId, attribute] };
    };
    const sub = (argument: Json): Json => {
      const [text, variables = {}] = Array.isArray(argument) ? (argument as [string, Record<string, Json>]) : [String(argument), {}];
      const bound: Record<string, Json> = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, rewrite(value)]));
      let n = 0;
      const rewritten = text.replace(/\$\{([^}!]+)\}/g, (placeholder, name: string) => {
        if (name in variables || name.startsWith('AWS::')) return placeholder;
        const [logicalId = '', ...attribute] = name.split('.');
        const value = attribute.length > 0 ? getAtt(logicalId, attribute.join('.')) : refTo(name);
        const [key, target] = single(value) ?? [];
        if (key === 'Ref' && typeof target === 'string') return `\${${target}}`;
        if (key === 'Fn::GetAtt' && Array.isArray(target)) return `\${${target.join('.')}}`;
        const variable = `Flattened${(n += 1)}`;
        bound[variable] = value;
        return `\${${variable}}`;
      });
      return Object.keys(bound).length > 0 ? { 'Fn::Sub': [rewritten, bound] } : { 'Fn::Sub': rewritten };
    };
    const condition = (name: Json): Json => (typeof name === 'string' ? (conditionIds.get(name) ?? name) : rewrite(name));

    const rewrite: Rewrite = (value) => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (!isObject(value)) return value;
      const [key, argument] = single(value) ?? [];
      switch (key) {
        case 'Ref':
          return refTo(String(argument));
        case 'Fn::GetAtt': {
          const [logicalId = '', ...attribute] = Array.isArray(argument) ? argument.map(String) : String(argument).split('.');
          return getAtt(logicalId, attribute.join('.'));
        }
        case 'Fn::Sub':
          return sub(argument);
        case 'Condition':
          return { Condition: condition(argument) };
        case 'Fn::If': {
          const [name, ...branches] = argument as Json[];
          return { 'Fn::If': [condition(name), ...branches.map(rewrite)] };
        }
        default:
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
      }
    };
    const dependsOn = (names: Json): Json => {
      const list = (Array.isArray(names) ? names : [names]).map(String);
      const flat = list.flatMap((name) => (stacks.has(name) ? stack(name).resourceIds : [ids.get(name) ?? name]));
      return Array.isArray(names) || flat.length !== 1 ? flat : flat[0];
    };

    for (const [name, value] of Object.entries(template.Conditions ?? {})) conditions[conditionIds.get(name)!] = rewrite(value);
    const resourceIds: string[] = [];
    for (const [logicalId, resource] of entries) {
      if (stacks.has(logicalId)) {
        resourceIds.push(...stack(logicalId).resourceIds);
        continue;
      }
      const id = ids.get(logicalId)!;
      const copy: CfnResource = { ...resource };
      if (resource.Properties !== undefined) copy.Properties = rewrite(resource.Properties) as Record<string, unknown>;
      if (resource.DependsOn !== undefined) copy.DependsOn = dependsOn(resource.DependsOn) as string | string[];
      if (resource.Condition !== undefined) copy.Condition = String(condition(resource.Condition));
      resources[id] = copy;
      resourceIds.push(id);
    }
    const outputs = Object.fromEntries(Object.entries(template.Outputs ?? {}).map(([name, output]) => [name, rewrite(output.Value)]));
    return { outputs, resourceIds };
  };

  const { outputs } = inline(root, undefined, '');
  const flat: CfnTemplate = { ...root, Resources: resources };
  if (Object.keys(conditions).length > 0) flat.Conditions = conditions;
  if (root.Outputs !== undefined) {
    flat.Outputs = Object.fromEntries(Object.entries(root.Outputs).map(([name, output]) => [name, { ...output, Value: outputs[name] }]));
  }
  return flat;
};
