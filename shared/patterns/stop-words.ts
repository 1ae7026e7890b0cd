/**
 * English stop words for theme finding: function words, and the filler of messages to an office (greetings,
 * thanks, "please", "would like"), which say nothing about what a concern is about. Our own list.
 */
const WORDS = `
a about above after again against all almost along already also although always am among an and another any
anybody anyone anything anyway anywhere are aren around as at away back be became because become been before
being below besides between beyond both but by can cannot cant could couldn did didn do does doesn doing don done
down during each either else elsewhere enough etc even ever every everybody everyone everything except few for
from further get gets getting got gotten had hadn has hasn have haven having he her here hers herself him himself
his how however i if in into is isn it its itself just least less let like likely ll made make many may maybe me
might mine more most mostly much must my myself neither never nevertheless no nobody none nor not now of off often
on once one only onto or other others otherwise our ours ourselves out over own per perhaps quite rather re really
s said same say says see seem seemed seems several shall she should shouldn since so some somebody someone
something sometimes somewhat still such t than that the their theirs them themselves then there therefore these
they thing things this those though through thus till to too toward towards under unless until up upon us very via
ve was wasn we well were weren what whatever when whenever where whereas wherever whether which while who whoever
whole whom whose why will with within without won would wouldn yet you your yours yourself yourselves d m o y
hi hello hey dear regards sincerely thanks thank thankyou please pls plz kindly sir madam mr mrs ms miss dr
ok okay yes yeah oh um uh hmm cheers best wishes greetings
would want wanted wants need needs know knew going go goes went come came lot lots bit
`;

/** The stop words, lower-case. */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((word) => word !== ''));
