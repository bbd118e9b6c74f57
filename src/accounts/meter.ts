// The code-page meter (product.md, "Accounts and metering"): a guest reads guestCodeViews full code pages,
// a free account freeCodeViews more per calendar month (UTC), a paid plan — and the staff who maintain the
// content (editor, admin) — without limit. Counts live on the server, one row per viewer, period and code, so
// re-opening a page already counted is free. A guest is a signed cookie id; because clearing cookies makes a
// new guest, guest views from one client address are also capped per UTC day (guestViewsPerAddressPerDay),
// high enough for an office behind one address.
import { writeTransaction } from '../db/index.js';
import type { Db, User } from './users.js';

export interface MeterLimits {
  guestCodeViews: number;
  freeCodeViews: number;
  guestViewsPerAddressPerDay: number;
}

/** fresh: a guest id made for this request, so nothing is counted for it yet (saves two queries) */
export type Viewer = { kind: 'user'; user: User } | { kind: 'guest'; guestId: string; fresh?: boolean };

export interface MeterResult {
  /** the full page may be shown */
  allowed: boolean;
  /** guest, free account, or unlimited (paid plan or staff) */
  who: 'guest' | 'free' | 'unlimited';
  /** views left after this one (undefined when unlimited) */
  remaining?: number;
  /** the allowance this viewer has (per month for accounts, in all for guests) */
  limit?: number;
  /** why a guest was refused: their own allowance, or the address's daily cap */
  refusedBy?: 'allowance' | 'address';
}

export function isUnmetered(user: User): boolean {
  return user.plan === 'paid' || user.role === 'editor' || user.role === 'admin';
}

const viewerKey = (v: Viewer): string => (v.kind === 'user' ? `user:${v.user.id}` : `guest:${v.guestId}`);
const periodOf = (v: Viewer, now: Date): string => (v.kind === 'user' ? now.toISOString().slice(0, 7) : 'guest');

async function count(db: Db, viewer: string, period: string): Promise<number> {
  const r = await db
    .selectFrom('code_views')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('viewer', '=', viewer)
    .where('period', '=', period)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

async function guestViewsFromAddress(db: Db, address: string, day: string): Promise<number> {
  const r = await db
    .selectFrom('code_views')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('address', '=', address)
    .where('day', '=', day)
    .where('period', '=', 'guest')
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

interface Standing {
  who: MeterResult['who'];
  limit?: number;
  used: number;
  /** views this address may still give guests today */
  addressLeft?: number;
}

async function standing(db: Db, viewer: Viewer, address: string, now: Date, limits: MeterLimits): Promise<Standing> {
  if (viewer.kind === 'user') {
    if (isUnmetered(viewer.user)) return { who: 'unlimited', used: 0 };
    return {
      who: 'free',
      limit: limits.freeCodeViews,
      used: await count(db, viewerKey(viewer), periodOf(viewer, now)),
    };
  }
  const used = viewer.fresh ? 0 : await count(db, viewerKey(viewer), 'guest');
  const fromAddress = await guestViewsFromAddress(db, address, now.toISOString().slice(0, 10));
  return {
    who: 'guest',
    limit: limits.guestCodeViews,
    used,
    addressLeft: Math.max(0, limits.guestViewsPerAddressPerDay - fromAddress),
  };
}

function remainingOf(s: Standing): number {
  const own = Math.max(0, (s.limit ?? 0) - s.used);
  return s.addressLeft === undefined ? own : Math.min(own, s.addressLeft);
}

/** How many views this viewer has left, without counting one. */
export async function meterStatus(
  db: Db,
  viewer: Viewer,
  address: string,
  now: Date,
  limits: MeterLimits,
): Promise<MeterResult> {
  const s = await standing(db, viewer, address, now, limits);
  if (s.who === 'unlimited') return { allowed: true, who: 'unlimited' };
  const remaining = remainingOf(s);
  return { allowed: remaining > 0, who: s.who, remaining, ...(s.limit !== undefined ? { limit: s.limit } : {}) };
}

/**
 * Counts a view of one code page (codeKey "system:code") when it is allowed and not counted already. The check
 * and the count are one write transaction holding the viewer (and, for a guest, the address): two processes
 * counting the same viewer at once cannot both take the last view. With peek, only says what a view would get
 * and counts nothing (a HEAD request reads no page).
 */
export async function meterCodeView(
  db: Db,
  viewer: Viewer,
  codeKey: string,
  address: string,
  now: Date,
  limits: MeterLimits,
  options: { peek?: boolean } = {},
): Promise<MeterResult> {
  if (viewer.kind === 'user' && isUnmetered(viewer.user)) return { allowed: true, who: 'unlimited' };
  // a guest id made for this request is nobody else's: only its address is contended
  const fresh = viewer.kind === 'guest' && viewer.fresh === true;
  const locks = [
    ...(fresh ? [] : [`meter:${viewerKey(viewer)}`]),
    ...(viewer.kind === 'guest' ? [`meter-address:${address}`] : []),
  ];
  return writeTransaction(db, locks, async (trx): Promise<MeterResult> => {
    const key = viewerKey(viewer);
    const period = periodOf(viewer, now);
    const s = await standing(trx, viewer, address, now, limits);
    const seen = fresh
      ? undefined
      : await trx
          .selectFrom('code_views')
          .select('viewer')
          .where('viewer', '=', key)
          .where('period', '=', period)
          .where('code_key', '=', codeKey)
          .executeTakeFirst();
    const limit = s.limit ?? 0;
    if (seen) return { allowed: true, who: s.who, remaining: remainingOf(s), limit };
    if (s.used >= limit) return { allowed: false, who: s.who, remaining: 0, limit, refusedBy: 'allowance' };
    if (s.addressLeft !== undefined && s.addressLeft <= 0)
      return { allowed: false, who: s.who, remaining: 0, limit, refusedBy: 'address' };
    if (options.peek) return { allowed: true, who: s.who, remaining: remainingOf(s), limit };
    await trx
      .insertInto('code_views')
      .values({
        viewer: key,
        period,
        code_key: codeKey,
        address,
        day: now.toISOString().slice(0, 10),
        viewed_at: now.toISOString(),
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return {
      allowed: true,
      who: s.who,
      remaining: remainingOf({
        ...s,
        used: s.used + 1,
        ...(s.addressLeft !== undefined ? { addressLeft: s.addressLeft - 1 } : {}),
      }),
      limit,
    };
  });
}
