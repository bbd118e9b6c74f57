// The role a whole product needs, checked once for its scope: a feature plugin whose every route is for one role
// (admin, editor) adds `app.addHook('preHandler', requireRole('admin'))`, so that no route of it can forget the
// check and no route outside it is touched. The hook runs after the auth hook of the scope around it (who is
// asking is known by then) and before each route's own preHandlers, so a visitor without the role is refused
// before the form's CSRF token is looked at.
import type { preHandlerAsyncHookHandler } from 'fastify';
import { hasRole, type Role } from '../../accounts/index.js';
import { AppError } from '../../shared/index.js';

/** A preHandler refusing a guest (401 AUTH_REQUIRED) and a user without the role or admin (403 FORBIDDEN). */
export function requireRole(role: Role): preHandlerAsyncHookHandler {
  return async (request) => {
    const user = request.user;
    if (!user) throw new AppError('AUTH_REQUIRED', {});
    if (!hasRole(user, role)) throw new AppError('FORBIDDEN', { need: role });
  };
}
