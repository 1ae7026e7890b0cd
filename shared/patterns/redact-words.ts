/**
 * Word lists redaction leans on: common English words that are also first names, surnames or the start of a
 * phrase after "I'm" or "Thanks", and the words that end a street's name. A name part found in COMMON_WORDS
 * ("Will" of "Will Park", "Rose", "Park") is removed only as part of the full name, so "the water rose" and
 * "Oak Park" survive; a word after a cue ("I'm Worried", "Thanks Council") that is in the list is not a name.
 */

const COMMON = `
a about above after again against all also always am an and another any anyone anything are around as at away
back bad be because been before being below best better between big both but by call called calling came can
cannot could day days did do does done down during each early either else enough even ever every everyone
everything few first for from further get getting go going good got great had happy has have having he her here
hers him his home how however i if in into is it its just keep last least left less let like little long look
looking lot lots many may maybe me might mine more most much must my myself never new next no none nor not now
of off often old on once one only or other our out over own please quite rather really right said same see she
should since so some someone something soon still such sure than thank thanks that the their them then there
these they this those though through thus to today together tomorrow too under until up upon us very was we
well were what when where whether which while who whom whose why will with within without would yes yesterday
yet you your yours
sir madam dear hello hi hey regards sincerely cheers best kind warm yours truly faithfully signed team council
office city town county staff department everyone all folks sorry okay ok
writing concerned worried afraid angry upset annoyed disappointed frustrated tired sick fed unable able trying
reporting requesting asking contacting emailing phoning following hoping wondering glad sorry sure aware unsure
disabled elderly pregnant blind deaf retired local resident residents neighbour neighbor neighbours neighbors
owner tenant tenants landlord renter parent mother father mum mom dad wife husband son daughter
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
north south east west northern southern eastern western central upper lower great little
street road avenue lane drive court place way close crescent terrace row walk hill square park parkway highway
circle trail gardens grove mews rise view green parade loop alley plaza wharf quay yard gate bridge station
church chapel school college market mill bank river brook lake wood woods field fields forest meadow
oak elm ash pine maple birch cedar willow beech holly ivy rose lily daisy heather iris violet poppy hazel
jasmine laurel olive myrtle fern
king queen prince princess lord lady knight duke earl bishop
white black brown green grey gray red blue gold golden silver orange pink
will bill mark hope grace faith joy dawn summer autumn winter spring sky rain storm
rob pat sue art jack frank earnest bob sandy rich penny ruby amber crystal pearl ginger
victor miles chase hunter young long short small bell page ward hall price love cash
bush stone wells banks rivers fields hills woods lane moss
`;

/** Common English words that are not taken for a name on their own (lower case). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON.split(/\s+/).filter((w) => w !== ''));

/** Words that end a street's name ("Oak Lane", "Main St."), capitalised as usually written. */
export const STREET_SUFFIXES = [
  'Street',
  'St',
  'Road',
  'Rd',
  'Avenue',
  'Ave',
  'Av',
  'Boulevard',
  'Blvd',
  'Lane',
  'Ln',
  'Drive',
  'Dr',
  'Court',
  'Ct',
  'Place',
  'Pl',
  'Way',
  'Close',
  'Crescent',
  'Cres',
  'Terrace',
  'Row',
  'Walk',
  'Hill',
  'Square',
  'Sq',
  'Parkway',
  'Pkwy',
  'Highway',
  'Hwy',
  'Circle',
  'Cir',
  'Trail',
  'Gardens',
  'Grove',
  'Mews',
  'Park',
  'Rise',
  'View',
  'Green',
  'Parade',
  'Alley',
  'Plaza',
  'Wharf',
  'Quay',
  'Broadway',
] as const;

/** Whether a word (any case) is a common English word, so not a name by itself. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase());
}
