import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { authorityOf } from '../config.ts';
import type { ConsoleConfig } from '../config.ts';
import { rolesOf } from './roles.ts';
import type { Role } from './roles.ts';

export const CALLBACK_PATH = '/auth/callback';

/**
 * The sign-in client: authorization code with PKCE (S256, oidc-client-ts' default for the code flow),
 * tokens kept in session storage (never local storage), so they end with the tab.
 */
export const createUserManager = (config: ConsoleConfig): UserManager => {
  const origin = window.location.origin;
  return new UserManager({
    authority: authorityOf(config),
    client_id: config.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    // Cognito publishes no end_session_endpoint: its managed login's own logout endpoint ends its session.
    ...(config.signInDomain
      ? { metadataSeed: { end_session_endpoint: `${config.signInDomain.replace(/\/+$/, '')}/logout` } }
      : {}),
    extraQueryParams: {},
  });
};

export interface Session {
  readonly user: User | undefined;
  readonly userId: string | undefined;
  readonly name: string | undefined;
  readonly roles: readonly Role[];
  readonly ready: boolean;
  /** Sends the browser to sign in, then back to `returnTo` (a path of the console). */
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
  /** The access token for the API, or undefined when signed out or expired. */
  accessToken(): string | undefined;
}

const SessionContext = createContext<Session | undefined>(undefined);

const isUsable = (user: User | null | undefined): user is User => user != null && !user.expired;

export function SessionProvider({ manager, config, children }: { manager: UserManager; config: ConsoleConfig; children: ReactNode }) {
  const [user, setUser] = useState<User | undefined>();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    void manager.getUser().then((found) => {
      if (!live) return;
      setUser(isUsable(found) ? found : undefined);
      setReady(true);
    });
    const loaded = (next: User) => setUser(next);
    const unloaded = () => setUser(undefined);
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    manager.events.addAccessTokenExpired(unloaded);
    return () => {
      live = false;
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
      manager.events.removeAccessTokenExpired(unloaded);
    };
  }, [manager]);

  const signIn = useCallback(
    (returnTo = `${window.location.pathname}${window.location.search}`) => manager.signinRedirect({ state: { returnTo } }),
    [manager],
  );
  const signOut = useCallback(async () => {
    window.sessionStorage.clear();
    await manager.removeUser();
    await manager.signoutRedirect({
      ...(config.signInDomain ? { extraQueryParams: { client_id: config.clientId, logout_uri: `${window.location.origin}/` } } : {}),
    });
  }, [manager, config]);

  const session = useMemo<Session>(() => {
    const profile = user?.profile as Record<string, unknown> | undefined;
    return {
      user,
      userId: user?.profile.sub,
      name: typeof profile?.name === 'string' ? profile.name : user?.profile.sub,
      roles: rolesOf(profile),
      ready,
      signIn,
      signOut,
      accessToken: () => (isUsable(user) ? user.access_token : undefined),
    };
  }, [user, ready, signIn, signOut]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error('useSession needs a SessionProvider above it');
  return session;
};
