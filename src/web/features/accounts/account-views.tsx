// Account pages: register, log in, password reset (ask and set), and the account itself (plan, meter, API
// keys). Every form carries the CSRF token in the hidden _csrf field; a refused form is shown again with
// what was typed (except passwords) and the reason.
import type { ApiKeyInfo, MeterResult, User } from '../../../accounts/index.js';
import { PASSWORD_MAX, PASSWORD_MIN, SELF_SERVICE_ROLES } from '../../../accounts/index.js';
import { Csrf } from '../../views/csrf.js';

function Problem({ message }: { message: string | undefined }) {
  return message ? (
    <p class="error" role="alert">
      {message}
    </p>
  ) : null;
}

function EmailField({ value }: { value?: string }) {
  return (
    <p>
      <label for="email">Email</label>
      <input id="email" name="email" type="email" required maxLength={254} autocomplete="email" value={value ?? ''} />
    </p>
  );
}

function PasswordField({ autocomplete, label = 'Password' }: { autocomplete: string; label?: string }) {
  return (
    <p>
      <label for="password">{label}</label>
      <input
        id="password"
        name="password"
        type="password"
        required
        minLength={autocomplete === 'new-password' ? PASSWORD_MIN : 1}
        maxLength={PASSWORD_MAX}
        autocomplete={autocomplete}
      />
      {autocomplete === 'new-password' ? (
        <small> At least {PASSWORD_MIN} characters; a few unrelated words make a strong one.</small>
      ) : null}
    </p>
  );
}

export interface FormProps {
  csrf: string;
  error?: string;
  email?: string;
  next?: string;
}

export function RegisterPage({
  csrf,
  error,
  email,
  role,
  freeViews,
}: FormProps & { role?: string; freeViews: number }) {
  return (
    <section class="form-page">
      <h1>Register a free account</h1>
      <p>
        A free account reads {freeViews} full code pages a month. Search, the hierarchy and every official descriptor
        stay free for everyone.
      </p>
      <Problem message={error} />
      <form action="/register" method="post">
        <Csrf token={csrf} />
        <EmailField {...(email ? { value: email } : {})} />
        <PasswordField autocomplete="new-password" />
        <fieldset>
          <legend>I am</legend>
          {SELF_SERVICE_ROLES.map((r) => (
            <label key={r}>
              <input type="radio" name="role" value={r} checked={(role ?? 'member') === r} />{' '}
              {r === 'member' ? 'a coder, biller, auditor or student' : 'an employer hiring coders'}
            </label>
          ))}
        </fieldset>
        <button type="submit">Register</button>
      </form>
      <p>
        Already registered? <a href="/login">Log in</a>
      </p>
    </section>
  );
}

export function LoginPage({ csrf, error, email, next, notice }: FormProps & { notice?: string }) {
  return (
    <section class="form-page">
      <h1>Log in</h1>
      {notice ? <p class="notice">{notice}</p> : null}
      <Problem message={error} />
      <form action="/login" method="post">
        <Csrf token={csrf} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <EmailField {...(email ? { value: email } : {})} />
        <PasswordField autocomplete="current-password" />
        <button type="submit">Log in</button>
      </form>
      <p>
        <a href="/password-reset">Forgot your password?</a> · <a href="/register">Register a free account</a>
      </p>
    </section>
  );
}

export function ResetRequestPage({ csrf, error, email, sent }: FormProps & { sent?: boolean }) {
  return (
    <section class="form-page">
      <h1>Reset your password</h1>
      {sent ? (
        <p class="notice" role="status">
          If an account exists for that address, a reset link is on its way. It works once, for one hour.
        </p>
      ) : null}
      <Problem message={error} />
      <form action="/password-reset" method="post">
        <Csrf token={csrf} />
        <EmailField {...(email ? { value: email } : {})} />
        <button type="submit">Send the reset link</button>
      </form>
    </section>
  );
}

export function ResetPasswordPage({ csrf, error, token }: FormProps & { token: string }) {
  return (
    <section class="form-page">
      <h1>Choose a new password</h1>
      <Problem message={error} />
      <form action={`/password-reset/${encodeURIComponent(token)}`} method="post">
        <Csrf token={csrf} />
        <PasswordField autocomplete="new-password" label="New password" />
        <button type="submit">Set the password</button>
      </form>
    </section>
  );
}

export function MeterSummary({ meter }: { meter: MeterResult }) {
  if (meter.who === 'unlimited') return <p class="meter">Code pages: unlimited.</p>;
  return (
    <p class="meter">
      {meter.remaining} code page view{meter.remaining === 1 ? '' : 's'} remaining
      {meter.who === 'free' ? ' this month' : ''}.
    </p>
  );
}

export function AccountPage({
  user,
  meter,
  keys,
  csrf,
  newKey,
  notice,
  passwordError,
}: {
  user: User;
  meter: MeterResult;
  keys: ApiKeyInfo[];
  csrf: string;
  newKey?: string;
  notice?: string;
  passwordError?: string;
}) {
  return (
    <section>
      <h1>Your account</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <dl class="facts">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
        <dt>Plan</dt>
        <dd>{user.plan}</dd>
      </dl>
      <MeterSummary meter={meter} />
      <h2>API keys</h2>
      <p>
        Scripts send a key as <code>Authorization: Bearer KEY</code>; it acts as this account, with the same meter.
      </p>
      {newKey ? (
        <p class="notice" role="status">
          Your new key (shown once; copy it now): <code class="secret">{newKey}</code>
        </p>
      ) : null}
      {keys.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id}>
                <td>
                  <code>{k.prefix}…</code>
                </td>
                <td>{k.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{k.lastUsedAt ? k.lastUsedAt.slice(0, 16).replace('T', ' ') : 'never'}</td>
                <td>
                  {k.revokedAt ? (
                    `revoked ${k.revokedAt.slice(0, 10)}`
                  ) : (
                    <form class="inline" action={`/account/api-keys/${k.id}/revoke`} method="post">
                      <Csrf token={csrf} />
                      <button type="submit">Revoke</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No keys yet.</p>
      )}
      <form action="/account/api-keys" method="post">
        <Csrf token={csrf} />
        <button type="submit">Create an API key</button>
      </form>
      <h2>Change your password</h2>
      <Problem message={passwordError} />
      <form action="/account/password" method="post">
        <Csrf token={csrf} />
        <p>
          <label for="current">Current password</label>
          <input id="current" name="current" type="password" required autocomplete="current-password" />
        </p>
        <PasswordField autocomplete="new-password" label="New password" />
        <button type="submit">Change the password</button>
      </form>
    </section>
  );
}
