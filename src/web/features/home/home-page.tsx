import { CODE_SYSTEMS, type ReleaseInfo } from '../../../catalog/index.js';
import { PRODUCTS } from '../../views/products.js';

export function HomePage({ releases }: { releases: ReleaseInfo[] }) {
  const current = CODE_SYSTEMS.map((s) =>
    releases.filter((r) => r.system === s && r.layers.includes('codes')).pop(),
  ).filter((r): r is ReleaseInfo => r !== undefined);
  return (
    <>
      <h1>Find the right code</h1>
      <p class="lead">Search every code set by code, range, clinical or lay term, abbreviation or misspelling.</p>
      <ul class="products">
        {PRODUCTS.map((p) => (
          <li key={p.name}>
            {p.href ? <a href={p.href}>{p.name}</a> : <strong>{p.name}</strong>} — {p.text}
          </li>
        ))}
      </ul>
      <h2>Releases in force</h2>
      <ul>
        {current.map((r) => (
          <li key={r.id}>
            {r.title} ({r.effectiveFrom} to {r.effectiveTo})
          </li>
        ))}
      </ul>
    </>
  );
}
