import { ROLES, type Role } from './dev-issuer.ts';
import { LOCAL_PEOPLE, ROLE_LABELS } from './local-people.ts';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character);

/**
 * One page of the local OpenID provider, self-contained: inline styles, no scripts, no fonts
 * or other assets fetched from elsewhere (oidc-provider's own pages import Google Fonts).
 */
const page = (title: string, main: string): string => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #0b0c0c; }
  fieldset { border: 1px solid #b1b4b6; margin: 0 0 1.5rem; padding: 1rem; }
  label { display: block; font-weight: 600; margin-top: 0.75rem; }
  input, select { font: inherit; padding: 0.25rem; }
  button { font: inherit; margin: 0.25rem 0.5rem 0.25rem 0; padding: 0.4rem 0.8rem; cursor: pointer; }
  button:focus, input:focus, select:focus { outline: 3px solid #fd0; outline-offset: 0; }
  .error { color: #d4351c; font-weight: 600; }
</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>`;

/**
 * The local OpenID provider's sign-in page: pick a ready-made person with one click, or type
 * a user id and choose a role. Plain HTML with labels and buttons, no scripts or external
 * assets, so it works by keyboard and in any browser.
 *
 * @example
 * response.end(signInPage({ action: '/interaction/abc/login', clientId: 'platform-console' }));
 */
export const signInPage = ({ action, clientId, error }: { action: string; clientId: string; error?: string }): string => {
  const people = ROLES.map((role) => {
    const buttons = LOCAL_PEOPLE.filter((person) => person.role === role)
      .map(
        (person) =>
          `<button type="submit" name="person" value="${escapeHtml(person.sub)}">${escapeHtml(person.name)}, ${escapeHtml(ROLE_LABELS[role])} (${escapeHtml(person.sub)})</button>`,
      )
      .join('\n      ');
    return `    <h3>${escapeHtml(ROLE_LABELS[role])}</h3>\n    <p>\n      ${buttons}\n    </p>`;
  }).join('\n');
  const options = ROLES.map((role) => `<option value="${role}">${escapeHtml(ROLE_LABELS[role])} (${role})</option>`).join('');
  return page(
    'Sign in: local cloud',
    `<h1>Sign in to the local platform</h1>
<p>This is the local cloud's stand-in for Cognito's sign-in page, for ${escapeHtml(clientId)}. Choose who you are; nobody checks a password.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>\n` : ''}<form method="post" action="${escapeHtml(action)}">
  <fieldset>
    <legend><h2>Ready-made people</h2></legend>
${people}
  </fieldset>
</form>
<form method="post" action="${escapeHtml(action)}">
  <fieldset>
    <legend><h2>Someone else</h2></legend>
    <label for="sub">User id</label>
    <input id="sub" name="sub" autocomplete="off" spellcheck="false">
    <label for="role">Role</label>
    <select id="role" name="role">${options}</select>
    <p><button type="submit">Sign in</button></p>
  </fieldset>
</form>`,
  );
};

/**
 * Reads the sign-in page's form: a ready-made person's id, or a typed user id with a role.
 * `undefined` when the form names neither (the page is shown again with a message).
 *
 * @example
 * chosenIdentity(new URLSearchParams('person=fin-1')); // { sub: 'fin-1', role: 'finance', name: 'Maria Santos' }
 */
export const chosenIdentity = (form: URLSearchParams): { sub: string; role: Role; name: string } | undefined => {
  const person = LOCAL_PEOPLE.find((candidate) => candidate.sub === form.get('person'));
  if (person) return { sub: person.sub, role: person.role, name: person.name };
  const sub = form.get('sub')?.trim() ?? '';
  const role = form.get('role') as Role | null;
  if (!/^[\w.@-]{1,128}$/.test(sub) || !role || !(ROLES as readonly string[]).includes(role)) return undefined;
  return { sub, role, name: sub };
};

/**
 * The sign-out confirmation page. `form` is oidc-provider's hidden form (`id="op.logoutForm"`),
 * which the two buttons submit.
 *
 * @example
 * ctx.body = signOutPage(form);
 */
export const signOutPage = (form: string): string =>
  page(
    'Sign out: local cloud',
    `<h1>Sign out of the local platform?</h1>
${form}
<p>
  <button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Yes, sign me out</button>
  <button type="submit" form="op.logoutForm">No, stay signed in</button>
</p>`,
  );

/**
 * The page after a sign-out that names no `post_logout_redirect_uri`.
 *
 * @example
 * ctx.body = signedOutPage();
 */
export const signedOutPage = (): string => page('Signed out: local cloud', '<h1>You are signed out</h1>\n<p>You can close this tab.</p>');

/**
 * The provider's error page, for a request it cannot send back to the client (an unknown
 * client or redirect URI, an expired sign-in). Shows the OAuth error and its description.
 *
 * @example
 * ctx.body = providerErrorPage({ error: 'invalid_request', error_description: 'missing code_challenge' });
 */
export const providerErrorPage = (out: Record<string, unknown>): string =>
  page(
    'Sign-in error: local cloud',
    `<h1>The sign-in could not go on</h1>
<dl>
${Object.entries(out)
  .map(([name, value]) => `  <dt>${escapeHtml(name)}</dt><dd>${escapeHtml(String(value))}</dd>`)
  .join('\n')}
</dl>`,
  );
