// Case2Code search: the one entry point the CLI, the API and the pages call.
export { ABBREVIATIONS, type Abbreviation } from './abbreviations.js';
export { SEARCH_INDEX_FILE } from './search-data.js';
export {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  SearchIndex,
  type SearchMatch,
  type SearchOptions,
  type SearchResponse,
  type SearchResult,
  type SearchSystem,
  searchCodes,
} from './search-index.js';
export type { ExtraPhrase, SuggestionSource } from './suggestion-phrases.js';
export {
  DEFAULT_SUGGEST_LIMIT,
  MAX_SUGGEST_LIMIT,
  type SuggestOptions,
  type SuggestResponse,
  suggestTerms,
  type TermSuggestion,
  TermSuggestions,
  type TermSuggestionsOptions,
} from './suggestions.js';
