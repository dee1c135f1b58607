import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The last stream record each mapping has handled, per shard, so that a restart resumes
 * after it instead of replaying the stream. Without a file it lives in memory only.
 *
 * @example
 * const checkpoints = streamCheckpoints('.local/stream-checkpoints.json');
 * checkpoints.set('RelayMapping', 'shard-1', '000001');
 */
export const streamCheckpoints = (file?: string) => {
  const saved: Record<string, string> = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  return {
    get: (mappingId: string, shardId: string): string | undefined => saved[`${mappingId}/${shardId}`],
    set: (mappingId: string, shardId: string, sequenceNumber: string): void => {
      saved[`${mappingId}/${shardId}`] = sequenceNumber;
      if (file) writeFileSync(file, JSON.stringify(saved, null, 2));
    },
  };
};

export type StreamCheckpoints = ReturnType<typeof streamCheckpoints>;
