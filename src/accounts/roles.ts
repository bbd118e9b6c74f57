// Roles and plans. A person registering picks member or employer; the other roles are granted by an admin.
// The admin role can do whatever any other role can.

export const ROLES = ['member', 'employer', 'consultant', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const SELF_SERVICE_ROLES: readonly Role[] = ['member', 'employer'];

export const PLANS = ['free', 'paid'] as const;
export type Plan = (typeof PLANS)[number];

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

export function isPlan(x: unknown): x is Plan {
  return typeof x === 'string' && (PLANS as readonly string[]).includes(x);
}

export function hasRole(user: { role: Role }, need: Role): boolean {
  return user.role === need || user.role === 'admin';
}
