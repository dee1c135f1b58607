/**
 * Where the platform's AWS services are, when something other than the embedded emulators
 * provides them: `AWS_ENDPOINT_URL` for all (LocalStack), or a per-service variable, named
 * as the AWS SDK names them.
 *
 * @example
 * externalEndpoints({ AWS_ENDPOINT_URL: 'http://localhost:4566' })
 * // { dynamodb: 'http://localhost:4566', sqs: 'http://localhost:4566', dynamodbStreams: 'http://localhost:4566' }
 */
export const externalEndpoints = (env: NodeJS.ProcessEnv = process.env) => {
  const all = env.AWS_ENDPOINT_URL || undefined;
  const dynamodb = env.AWS_ENDPOINT_URL_DYNAMODB || all;
  return {
    dynamodb,
    dynamodbStreams: env.AWS_ENDPOINT_URL_DYNAMODB_STREAMS || dynamodb,
    sqs: env.AWS_ENDPOINT_URL_SQS || all,
  };
};
