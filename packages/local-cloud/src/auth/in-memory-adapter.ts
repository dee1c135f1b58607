type Payload = Record<string, unknown> & { grantId?: string; uid?: string; userCode?: string; consumed?: number };

interface Entry {
  payload: Payload;
  expiresAt: number;
}

/**
 * oidc-provider's storage for sessions, interactions, codes and grants, kept in this process
 * only: a restart of the local cloud signs everyone out, which is what a local stand-in
 * wants. (oidc-provider's own quick-start store does the same but warns, at every start,
 * that it must be replaced.) One store per provider, so providers in one process stay apart.
 *
 * @example
 * new Provider(issuer, { adapter: inMemoryAdapter() });
 */
export const inMemoryAdapter = () => {
  const entries = new Map<string, Entry>();
  const live = (key: string): Payload | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) entries.delete(key);
    return entry && entry.expiresAt > Date.now() ? entry.payload : undefined;
  };
  const findBy = (model: string, field: 'uid' | 'userCode', value: string) => {
    for (const [key] of entries) if (key.startsWith(`${model}:`) && live(key)?.[field] === value) return live(key);
    return undefined;
  };
  return (model: string) => ({
    upsert: async (id: string, payload: Payload, expiresIn?: number) => {
      entries.set(`${model}:${id}`, { payload, expiresAt: expiresIn === undefined ? Infinity : Date.now() + expiresIn * 1_000 });
    },
    find: async (id: string) => live(`${model}:${id}`),
    findByUid: async (uid: string) => findBy(model, 'uid', uid),
    findByUserCode: async (userCode: string) => findBy(model, 'userCode', userCode),
    consume: async (id: string) => {
      const payload = live(`${model}:${id}`);
      if (payload) payload.consumed = Math.floor(Date.now() / 1_000);
    },
    destroy: async (id: string) => {
      entries.delete(`${model}:${id}`);
    },
    revokeByGrantId: async (grantId: string) => {
      for (const [key, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(key);
    },
  });
};
