// `pnpm ops dlq list|show|redrive`: the operator's view of the dead letters, against the local cloud or AWS.
// `pnpm ops rules list|run`: the local cloud's scheduled EventBridge rules, and running one now.
// Problems the operator can fix print as one plain message, not a stack.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SQSClient } from '@aws-sdk/client-sqs';
import { localCredentials } from '../emulators/local-credentials.ts';
import { describeDeadLetter, findDeadLetterQueues, isNamedBy, prettyBody, receiveAll, redrive, RedriveRefusedError, release } from '@platform/kit/dead-letters';
import { EnvironmentError } from '../errors.ts';
import { repoRoot } from '../paths.ts';
import { pickQueue } from './pick-queue.ts';

const USAGE = `Usage:
  pnpm ops dlq list [--queue NAME] [--json]
  pnpm ops dlq show --queue NAME --id ID
  pnpm ops dlq redrive --queue NAME (--id ID [--id ID ...] | --all)
  pnpm ops rules list                    (the local cloud's scheduled EventBridge rules)
  pnpm ops rules run --rule NAME         (run one now, as EventBridge would at its time; NAME: its logical id or a part only it has)
Where: --ready-file FILE (a local cloud; default .local/ready.json), or --stage NAME (AWS, queues Platform-NAME-*),
or AWS_ENDPOINT_URL_SQS / AWS_ENDPOINT_URL (any SQS endpoint). An ID is the message's id on the dead-letter
queue or the id of the event it holds.`;

interface Target {
  sqs: SQSClient;
  prefix?: string;
  /** Real SQS: `redrive --all` may use a message move task. */
  moveTask: boolean;
}

const targetOf = (values: { 'ready-file'?: string; stage?: string }): Target => {
  if (values.stage) return { sqs: new SQSClient({}), prefix: `Platform-${values.stage}-`, moveTask: !process.env.AWS_ENDPOINT_URL_SQS && !process.env.AWS_ENDPOINT_URL };
  if (!values['ready-file'] && (process.env.AWS_ENDPOINT_URL_SQS || process.env.AWS_ENDPOINT_URL)) return { sqs: new SQSClient({}), moveTask: false };
  const file = values['ready-file'] ?? join(repoRoot, '.local', 'ready.json');
  if (!existsSync(file)) throw new EnvironmentError(`no local cloud: ${file} does not exist. Start one with \`pnpm start\`, or pass --stage NAME for AWS.`);
  const ready = JSON.parse(readFileSync(file, 'utf8')) as { region: string; endpoints: { sqs: string } };
  return { sqs: new SQSClient({ endpoint: ready.endpoints.sqs, region: ready.region, credentials: localCredentials }), moveTask: false };
};

const ageText = (seconds: number | undefined): string => {
  if (seconds === undefined) return '?';
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 7_200) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 172_800) return `${Math.floor(seconds / 3_600)}h`;
  return `${Math.floor(seconds / 86_400)}d`;
};

const list = async (target: Target, queueName: string | undefined, json: boolean) => {
  const all = await findDeadLetterQueues(target.sqs, target.prefix ? { prefix: target.prefix } : {});
  const queues = queueName ? [pickQueue(all, queueName)] : all;
  const now = new Date();
  const listed = [];
  for (const queue of queues) {
    const messages = await receiveAll(target.sqs, queue.url);
    await release(target.sqs, queue.url, messages);
    listed.push({ queue: queue.name, redrivesTo: queue.sources.map((source) => source.name), messages: messages.map((message) => describeDeadLetter(message, now)) });
  }
  if (json) return console.log(JSON.stringify(listed, null, 2));
  for (const { queue, redrivesTo, messages } of listed) {
    console.log(`${queue}: ${messages.length} message${messages.length === 1 ? '' : 's'}; ${redrivesTo.length ? `redrives to ${redrivesTo.join(', ')}` : 'no redrive source'}`);
    for (const m of messages) {
      console.log(`  ${m.messageId}  ${m.kind === 'event' ? `${m.eventType} ${m.eventId}` : m.kind}  age ${ageText(m.ageSeconds)}`);
      console.log(`    reason: ${m.failureReason ?? '(none recorded)'}`);
    }
  }
};

const show = async (target: Target, queueName: string, id: string) => {
  const queue = pickQueue(await findDeadLetterQueues(target.sqs, target.prefix ? { prefix: target.prefix } : {}), queueName);
  const messages = await receiveAll(target.sqs, queue.url);
  await release(target.sqs, queue.url, messages);
  const now = new Date();
  const message = messages.find((candidate) => isNamedBy(describeDeadLetter(candidate, now), [id]));
  if (!message) throw new EnvironmentError(`${queue.name} holds no message with the id ${id} (as its message id or its event's id)`);
  const attributes = Object.fromEntries(Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [name, value.StringValue ?? value.BinaryValue]));
  console.log(JSON.stringify({ ...describeDeadLetter(message, now), queue: queue.name, attributes, systemAttributes: message.Attributes ?? {} }, null, 2));
  console.log(prettyBody(message.Body));
};

/** The running local cloud's control endpoint, from its ready file: AWS runs rules itself, so only locally. */
const controlUrlOf = (readyFile: string | undefined): string => {
  const file = readyFile ?? join(repoRoot, '.local', 'ready.json');
  if (!existsSync(file)) throw new EnvironmentError(`no local cloud: ${file} does not exist. Start one with \`pnpm start\`.`);
  const { controlUrl } = JSON.parse(readFileSync(file, 'utf8')) as { controlUrl?: string };
  if (!controlUrl) throw new EnvironmentError(`${file} names no control endpoint: restart the local cloud with this version of \`pnpm start\`.`);
  return controlUrl;
};

const rules = async (command: string, values: { rule?: string; 'ready-file'?: string; json: boolean }) => {
  const controlUrl = controlUrlOf(values['ready-file']);
  if (command === 'list') {
    const listed = (await (await fetch(`${controlUrl}/rules`)).json()) as { logicalId: string; scheduleExpression: string; enabled: boolean; targets: { functionLogicalId: string }[] }[];
    if (values.json) return console.log(JSON.stringify(listed, null, 2));
    for (const rule of listed) console.log(`${rule.logicalId}  ${rule.scheduleExpression}${rule.enabled ? '' : ' (disabled)'}  -> ${rule.targets.map((target) => target.functionLogicalId).join(', ')}`);
    return;
  }
  if (command !== 'run' || !values.rule) throw new EnvironmentError(`rules run needs --rule NAME.\n${USAGE}`);
  const response = await fetch(`${controlUrl}/rules/${encodeURIComponent(values.rule)}/run`, { method: 'POST' });
  const body = (await response.json()) as { message?: string };
  if (response.status === 404) throw new EnvironmentError(body.message ?? `no rule ${values.rule}`);
  console.log(JSON.stringify(body, null, 2));
  if (!response.ok) process.exitCode = 1;
};

const run = async (args: string[]) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      queue: { type: 'string' },
      id: { type: 'string', multiple: true },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      stage: { type: 'string' },
      'ready-file': { type: 'string' },
      rule: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const [area, command] = positionals;
  if (!values.help && area === 'rules' && command) return rules(command, values);
  if (values.help || area !== 'dlq' || !command) return console.log(USAGE);
  const target = targetOf(values);
  switch (command) {
    case 'list':
      return list(target, values.queue, values.json);
    case 'show':
      if (!values.queue || values.id?.length !== 1) throw new EnvironmentError(`show needs --queue NAME and one --id ID.\n${USAGE}`);
      return show(target, values.queue, values.id[0] as string);
    case 'redrive': {
      const ids = values.id ?? [];
      if (!values.queue || (ids.length === 0) === !values.all) throw new EnvironmentError(`redrive needs --queue NAME and either --id ID (one or more) or --all.\n${USAGE}`);
      const queue = pickQueue(await findDeadLetterQueues(target.sqs, target.prefix ? { prefix: target.prefix } : {}), values.queue);
      const outcome = await redrive(target.sqs, queue, { ids, all: values.all, moveTask: target.moveTask });
      if ('moveTaskHandle' in outcome) return console.log(`SQS is moving every message of ${queue.name} to ${queue.sources[0]?.name}; task ${outcome.moveTaskHandle}`);
      console.log(`moved ${outcome.moved.length} to ${queue.sources[0]?.name}: ${outcome.moved.join(', ') || 'none'}`);
      if (outcome.notFound.length > 0) {
        console.error(`not found on ${queue.name}: ${outcome.notFound.join(', ')}`);
        process.exitCode = 1;
      }
      return;
    }
    default:
      throw new EnvironmentError(`unknown command dlq ${command}.\n${USAGE}`);
  }
};

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof EnvironmentError || error instanceof RedriveRefusedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
