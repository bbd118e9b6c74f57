// Claim Check's daily allowance for guests (docs/accounts.md, "Claim Check for guests"). Claim Check stays open
// to everyone — it is a product of its own, not a code page — but its answers carry the content the code-page
// meter protects (notes, MUE values, add-on status), so a guest checks at most guestClaimChecks claims per UTC
// day, and guests from one client address at most guestClaimChecksPerAddressPerDay together (clearing cookies
// makes a new guest). Signed-in accounts are not limited. Every checked claim counts; re-checking the same claim
// too, as it is new work each time.
//
// The counts are rows in the database, one per guest or address and day, so every server process shares them.
// Each is raised by one conditional upsert (+1 only while under the limit, RETURNING the new count), so two
// concurrent checks cannot both take the last one; no transaction is needed.
import { sql } from 'kysely';
import type { Viewer } from './meter.js';
import type { Db } from './users.js';

export interface ClaimAllowanceLimits {
  guestClaimChecks: number;
  guestClaimChecksPerAddressPerDay: number;
}

export interface ClaimAllowanceResult {
  /** the claim may be checked (and has been counted) */
  allowed: boolean;
  who: 'guest' | 'unlimited';
  /** checks left today after this one (guests only) */
  remaining?: number;
  /** the guest's daily allowance */
  limit?: number;
  /** why a guest was refused: their own allowance, or the address's daily cap */
  refusedBy?: 'allowance' | 'address';
}

/** Takes one check from the subject's count for the day; the new count, or undefined when none was left. */
async function take(db: Db, subject: string, day: string, limit: number): Promise<number | undefined> {
  if (limit <= 0) return undefined;
  const row = await db
    .insertInto('guest_claim_checks')
    .values({ subject, day, checks: 1 })
    .onConflict((oc) =>
      oc
        .columns(['subject', 'day'])
        .doUpdateSet({ checks: sql<number>`guest_claim_checks.checks + 1` })
        .where('guest_claim_checks.checks', '<', limit),
    )
    .returning('checks')
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.checks);
}

async function giveBack(db: Db, subject: string, day: string): Promise<void> {
  await db
    .updateTable('guest_claim_checks')
    .set({ checks: sql<number>`checks - 1` })
    .where('subject', '=', subject)
    .where('day', '=', day)
    .execute();
}

/** Counts one checked claim against the viewer's allowance, when any is left. */
export async function countClaimCheck(
  db: Db,
  viewer: Viewer,
  address: string,
  now: Date,
  limits: ClaimAllowanceLimits,
): Promise<ClaimAllowanceResult> {
  if (viewer.kind === 'user') return { allowed: true, who: 'unlimited' };
  const day = now.toISOString().slice(0, 10);
  const limit = limits.guestClaimChecks;
  const guest = `guest:${viewer.guestId}`;
  const byGuest = await take(db, guest, day, limit);
  if (byGuest === undefined) return { allowed: false, who: 'guest', remaining: 0, limit, refusedBy: 'allowance' };
  const byAddress = await take(db, `address:${address}`, day, limits.guestClaimChecksPerAddressPerDay);
  if (byAddress === undefined) {
    // the address refused: the guest's own check was not used
    await giveBack(db, guest, day);
    return { allowed: false, who: 'guest', remaining: 0, limit, refusedBy: 'address' };
  }
  const remaining = Math.min(limit - byGuest, limits.guestClaimChecksPerAddressPerDay - byAddress);
  return { allowed: true, who: 'guest', remaining, limit };
}
