// The admin's user list: find people by email, change role and plan, disable or enable an account.
import type { User, UserListing } from '../../../accounts/index.js';
import { PLANS, ROLES } from '../../../accounts/index.js';
import { displayableText } from '../../../shared/index.js';
import { Csrf } from '../../views/csrf.js';

export function AdminUsersPage({
  listing,
  q,
  page,
  pageSize,
  csrf,
  notice,
  error,
}: {
  listing: UserListing;
  q: string;
  page: number;
  pageSize: number;
  csrf: string;
  notice?: string;
  /** why the search was refused */
  error?: string;
}) {
  const link = (p: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <section>
      <h1>Users</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <form action="/admin/users" method="get" class="filters">
        <label for="uq">Email contains</label> <input id="uq" name="q" value={q} maxLength={254} />{' '}
        <button type="submit">Find</button>
      </form>
      <p>
        {listing.total} account{listing.total === 1 ? '' : 's'}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Created</th>
            <th scope="col">Role, plan and state</th>
          </tr>
        </thead>
        <tbody>
          {listing.users.map((u) => (
            <UserRow key={u.id} user={u} csrf={csrf} />
          ))}
        </tbody>
      </table>
      <nav class="pages" aria-label="User pages">
        {page > 1 ? <a href={link(page - 1)}>Previous</a> : null}{' '}
        {page * pageSize < listing.total ? <a href={link(page + 1)}>Next</a> : null}
      </nav>
    </section>
  );
}

function UserRow({ user, csrf }: { user: User; csrf: string }) {
  const id = `u-${user.id}`;
  // accounts made before control characters were refused may still hold one: never sent raw
  const email = displayableText(user.email);
  return (
    <tr>
      <td>{email}</td>
      <td>{user.createdAt.slice(0, 10)}</td>
      <td>
        <form class="inline" action={`/admin/users/${user.id}`} method="post">
          <Csrf token={csrf} />
          <label for={`${id}-role`} class="visually-hidden">
            Role of {email}
          </label>
          <select id={`${id}-role`} name="role">
            {ROLES.map((r) => (
              <option key={r} value={r} selected={r === user.role}>
                {r}
              </option>
            ))}
          </select>{' '}
          <label for={`${id}-plan`} class="visually-hidden">
            Plan of {email}
          </label>
          <select id={`${id}-plan`} name="plan">
            {PLANS.map((p) => (
              <option key={p} value={p} selected={p === user.plan}>
                {p}
              </option>
            ))}
          </select>{' '}
          <label>
            <input type="checkbox" name="disabled" value="1" checked={user.disabled} /> disabled
          </label>{' '}
          <button type="submit">Save</button>
        </form>
      </td>
    </tr>
  );
}
