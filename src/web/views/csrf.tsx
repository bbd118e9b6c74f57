// The hidden field every form posts its CSRF token in (plugins/auth.ts checks it): one component for the forms of
// every product.
export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}
