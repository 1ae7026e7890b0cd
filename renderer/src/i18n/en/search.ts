/** Messages of search. */
export const search = {
  'search.label': 'Search all entries',
  'search.placeholder': 'Search all entries  ( / )',
  'search.clear': 'Clear search',
  'search.count': '{count} concerns match “{query}”',
  'search.countAtLeast': 'At least {count} concerns match “{query}”',
  'search.countOne': '1 concern matches “{query}”',
  'search.none.title': 'No concerns match “{query}”',
  'search.none.body': 'Check the spelling, or try fewer or shorter words. Search looks at summaries, details, tags, names, phone numbers, emails and places.',
  'search.tooShort': 'Type at least two letters to search.',
  'search.limited': 'Showing the newest {shown}. Add a word to narrow it down.',
  'search.more': 'Show {count} more',
  'search.searching': 'Searching…',
  'search.resultsLabel': 'Search results',
  'search.escape': 'Esc clears the search and goes back to the day page.',
} as const;
