import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { GlobalSecondaryIndexProps, TableProps } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { StageConfig } from './stage-config.ts';

export interface ServiceStoreProps {
  readonly stage: StageConfig;
  /** The service's access patterns beyond `pk`/`sk`. Each index must name its own key attributes. */
  readonly indexes?: readonly GlobalSecondaryIndexProps[];
}

/**
 * A service's data: its single table (`pk`/`sk`) and its outbox. A handler that changes state writes the
 * event to the outbox in the same transaction; the outbox stream feeds the service's relay.
 *
 * @example
 * const store = new ServiceStore(this, 'SelectionsStore', {
 *   stage,
 *   indexes: [{ indexName: 'byCandidate', partitionKey: { name: 'gsi1pk', type: AttributeType.STRING } }],
 * });
 */
export class ServiceStore extends Construct {
  readonly table: Table;
  readonly outbox: Table;

  constructor(scope: Construct, id: string, props: ServiceStoreProps) {
    super(scope, id);
    const common: Partial<TableProps> = {
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: 'expiresAt',
      removalPolicy: props.stage.removalPolicy,
      deletionProtection: props.stage.deletionProtection,
    };

    this.table = new Table(this, 'Table', {
      ...common,
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
    });
    for (const index of props.indexes ?? []) this.table.addGlobalSecondaryIndex(index);

    // Only new images matter: the relay publishes what was written, and TTL removals are ignored by it.
    this.outbox = new Table(this, 'Outbox', {
      ...common,
      partitionKey: { name: 'id', type: AttributeType.STRING },
      stream: StreamViewType.NEW_IMAGE,
    });
  }
}
