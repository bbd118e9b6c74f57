import type { SearchResult } from '../../search/index.js';
import { ResultList } from './result-list.js';

export function ErrorPage({
  status,
  message,
  suggestions,
}: {
  status: number;
  message: string;
  suggestions?: SearchResult[];
}) {
  return (
    <>
      <h1>{status === 404 ? 'Not found' : 'Something went wrong'}</h1>
      <p>{message}</p>
      {suggestions && suggestions.length > 0 ? (
        <>
          <h2>Did you mean</h2>
          <ResultList results={suggestions} />
        </>
      ) : null}
      <p>
        <a href="/">Back to the search</a>
      </p>
    </>
  );
}
