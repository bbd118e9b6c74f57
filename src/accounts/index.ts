// Accounts: people, roles and plans, sessions, password resets, API keys, the code-page meter and Claim
// Check's daily allowance for guests. Domain functions over the user-data database (Kysely); no HTTP here.

export { type AccountMail, passwordChangedMail, resetMail } from './account-mail.js';
export { API_KEY_PREFIX, type ApiKeyInfo, createApiKey, listApiKeys, revokeApiKey, userForApiKey } from './api-keys.js';
export { appSecret } from './app-secret.js';
export {
  type AssistantAllowanceLimits,
  type AssistantAllowanceResult,
  countAssistantQuestion,
} from './assistant-allowance.js';
export {
  type AttemptRule,
  type AttemptVerdict,
  clearAttempts,
  LONGEST_ATTEMPT_WINDOW_MS,
  requireAttempt,
  takeAttempt,
} from './attempts.js';
export {
  AUTH_WINDOW_MS,
  type AuthLimits,
  LOGIN_COOLDOWN,
  logInWithLimit,
  mayMailReset,
  RESET_MAIL_WINDOW_MS,
  takeFormAttempt,
} from './auth-limits.js';
export { type ClaimAllowanceLimits, type ClaimAllowanceResult, countClaimCheck } from './claim-allowance.js';
export {
  isUnmetered,
  type MeterLimits,
  type MeterResult,
  meterCodeView,
  meterStatus,
  type Viewer,
} from './meter.js';
export { changePassword } from './password-change.js';
export { RESET_TTL_MS, requestPasswordReset, resetPassword, resetTokenUsable } from './password-reset.js';
export { PASSWORD_MAX, PASSWORD_MIN } from './passwords.js';
export { type PurgeCounts, purgeExpired } from './purge.js';
export { hasRole, isPlan, isRole, PLANS, type Plan, ROLES, type Role, SELF_SERVICE_ROLES } from './roles.js';
export { randomToken } from './secrets.js';
export {
  createSession,
  endSession,
  endUserSessions,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  sessionUser,
} from './sessions.js';
export {
  authenticate,
  createUser,
  type Db,
  findUserByEmail,
  getUser,
  listUsers,
  normalizeEmail,
  type User,
  type UserChange,
  type UserListing,
  updateUser,
} from './users.js';
