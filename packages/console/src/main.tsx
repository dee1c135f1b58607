import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiContext } from './api/api-context.tsx';
import { createApiClient } from './api/client.ts';
import { isProblem } from './api/problem.ts';
import { App } from './app/App.tsx';
import { createUserManager, SessionProvider } from './auth/session.tsx';
import { loadConfig } from './config.ts';
import './styles/main.scss';

const root = createRoot(document.getElementById('root')!);

const start = async () => {
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  const config = await loadConfig();
  const manager = createUserManager(config);
  // The token the client sends, kept in step with the session by the manager's events.
  let token: string | undefined;
  manager.events.addUserLoaded((user) => {
    token = user.access_token;
  });
  manager.events.addUserUnloaded(() => {
    token = undefined;
  });
  const existing = await manager.getUser();
  token = existing && !existing.expired ? existing.access_token : undefined;
  const api = createApiClient({
    baseUrl: config.apiUrl,
    accessToken: () => token,
    // The session ended: sign in again and come back to this page (a question page's answers are kept).
    onUnauthenticated: () => void manager.removeUser().then(() => manager.signinRedirect({ state: { returnTo: `${location.pathname}${location.search}` } })),
  });

  const queries = new QueryClient({
    defaultOptions: {
      // A refusal is an answer, not a blip: retry only faults and the network.
      queries: { retry: (count, error) => count < 2 && !isProblem(error, 400, 401, 403, 404, 409, 422), staleTime: 10_000 },
    },
  });

  root.render(
    <StrictMode>
      <SessionProvider manager={manager} config={config}>
        <ApiContext.Provider value={api}>
          <QueryClientProvider client={queries}>
            <BrowserRouter>
              <App manager={manager} />
            </BrowserRouter>
          </QueryClientProvider>
        </ApiContext.Provider>
      </SessionProvider>
    </StrictMode>,
  );
};

start().catch(() => {
  root.render(
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <h1 className="govuk-heading-l">Sorry, the console could not start</h1>
        <p className="govuk-body">Its settings could not be loaded. Try again in a few minutes.</p>
      </main>
    </div>,
  );
});
