import type { CodeListOnDate } from '../../../catalog/index.js';
import { PRODUCTS } from '../../views/products.js';
import { ReleasesInForce } from './releases-in-force.js';

export function HomePage({ lists, today }: { lists: readonly CodeListOnDate[]; today: string }) {
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
      <ReleasesInForce lists={lists} today={today} />
    </>
  );
}
