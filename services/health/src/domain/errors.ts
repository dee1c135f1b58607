import { DomainError } from '@platform/kit';

export class PingNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly pingId: string;

  constructor(pingId: string) {
    super(`there is no ping ${pingId}`);
    this.name = 'PingNotFoundError';
    this.pingId = pingId;
  }
}
