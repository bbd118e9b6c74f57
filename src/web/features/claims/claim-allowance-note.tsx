// What Claim Check's guest allowance says on the /claims page: the checks left today after a guest's check, or,
// when none are left, that the claim was not checked and how to go on (register or log in; accounts are not
// limited). The form below keeps the claim as typed either way.

/** left: checks a guest has left today; refused: the error catalogue's message when the claim was not checked */
export type ClaimAllowanceView = { left: number } | { refused: string };

const LOG_IN = `/login?next=${encodeURIComponent('/claims')}`;

export function ClaimAllowanceNote({ allowance }: { allowance: ClaimAllowanceView }) {
  if ('refused' in allowance)
    return (
      <div class="meter locked-banner" role="alert">
        <p>
          <strong>This claim was not checked.</strong> {allowance.refused}
        </p>
        <p>
          <a href="/register">Register free account</a> / <a href={LOG_IN}>Log in</a>. Your claim is kept below.
        </p>
      </div>
    );
  const { left } = allowance;
  return (
    <p class="meter" role="status">
      {left} guest claim check{left === 1 ? '' : 's'} left today. <a href="/register">Register free account</a> /{' '}
      <a href={LOG_IN}>Log in</a> to check claims without a daily limit.
    </p>
  );
}
