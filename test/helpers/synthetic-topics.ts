/**
 * The civic topics synthetic-concerns.ts writes about: each worded several ways, as different citizens would,
 * with a category, how common it is, how it moves over the months (its shape) and how often it is urgent.
 * {street}, {area} and {n} are filled in per concern.
 */

/** How a topic's volume moves over the months. */
export type Shape = 'steady' | 'rising' | 'fading' | 'new' | 'spike' | 'seasonal';

/** One topic. */
export interface CivicTopic {
  key: string;
  category: string;
  /** Relative volume. */
  weight: number;
  shape: Shape;
  /** Share of its concerns that are high or top priority. */
  urgency: number;
  phrases: readonly string[];
}

/** About 30 topics an office hears about. */
export const CIVIC_TOPICS: readonly CivicTopic[] = [
  { key: 'potholes', category: 'Roads', weight: 3, shape: 'steady', urgency: 0.15, phrases: ['There is a deep pothole on {street} that damaged my tyre.', 'Potholes all along {street}, {n} of them near the junction.', 'The road surface on {street} is breaking up, huge pothole by the bus stop.', 'Pothole outside the school on {street} is getting bigger.', 'Can you fill the potholes in {area}? Cars swerve to avoid them.'] },
  { key: 'street-lights', category: 'Street lighting', weight: 2.5, shape: 'seasonal', urgency: 0.1, phrases: ['The street light on {street} has been out for a week.', 'Street lamp flickering all night outside my house on {street}.', 'Three street lights are out on {street}, it is very dark walking home.', 'Broken street light near the park in {area}, feels unsafe at night.', 'Lamp post on {street} not working since the storm.'] },
  { key: 'noise', category: 'Noise', weight: 2, shape: 'steady', urgency: 0.05, phrases: ['Loud music every night from a flat on {street}.', 'Noise from the bar on {street} until 3am, we cannot sleep.', 'Construction noise before 7am on {street} again.', 'Neighbours play loud music late at night in {area}.', 'Constant noise from the warehouse on {street} at night.'] },
  { key: 'bins', category: 'Waste', weight: 3, shape: 'spike', urgency: 0.05, phrases: ['Our bins were not collected on {street} this week.', 'Missed bin collection again on {street}, rubbish piling up.', 'Recycling bin not emptied for {n} weeks in {area}.', 'The bin lorry skipped {street} on collection day.', 'Garden waste bin collection missed on {street}.'] },
  { key: 'parking', category: 'Parking', weight: 2, shape: 'steady', urgency: 0.05, phrases: ['Cars parked on the pavement on {street} block wheelchairs.', 'Parking permit holders cannot find a space on {street}.', 'Someone parks across my driveway on {street} every day.', 'Illegal parking near the school gates in {area}.', 'Need more parking enforcement on {street}, double parking all day.'] },
  { key: 'parks', category: 'Parks', weight: 1.5, shape: 'seasonal', urgency: 0.03, phrases: ['The grass in the park in {area} has not been cut.', 'Broken benches in the park off {street}.', 'Park gates left open at night in {area}.', 'The pond in the park in {area} smells and is full of litter.', 'Paths in the park by {street} are overgrown.'] },
  { key: 'graffiti', category: 'Street cleaning', weight: 1.5, shape: 'fading', urgency: 0.02, phrases: ['Graffiti sprayed on the wall of the shops on {street}.', 'New graffiti tags on the bridge in {area}.', 'Offensive graffiti on the bus shelter on {street}, please remove.', 'Graffiti on the school fence on {street} again.'] },
  { key: 'buses', category: 'Transport', weight: 1.8, shape: 'rising', urgency: 0.05, phrases: ['The number {n} bus did not turn up on {street} this morning.', 'Buses to {area} are always late and overcrowded.', 'The bus stop shelter on {street} is smashed.', 'Bus route through {area} was cut, elderly residents are stranded.', 'No timetable posted at the bus stop on {street}.'] },
  { key: 'flooding', category: 'Drainage', weight: 1.5, shape: 'spike', urgency: 0.35, phrases: ['{street} flooded again after the rain, water came into the house.', 'Blocked drain on {street} causes flooding every time it rains.', 'Flood water across the road in {area}, drains overflowing.', 'The gully on {street} is blocked and the road floods.', 'Flooding under the railway bridge in {area}.'] },
  { key: 'trees', category: 'Trees', weight: 1.2, shape: 'seasonal', urgency: 0.15, phrases: ['A tree on {street} is leaning and could fall on the houses.', 'Overhanging tree branches on {street} block the street light.', 'Fallen tree blocking the footpath in {area}.', 'Tree roots lifting the pavement on {street}.', 'Please prune the trees on {street}, branches hit the buses.'] },
  { key: 'dogs', category: 'Animals', weight: 1.2, shape: 'steady', urgency: 0.03, phrases: ['Dog fouling everywhere on {street}, owners do not clean up.', 'A dog barks all day in a garden on {street}.', 'Dangerous dog off the lead in the park in {area}.', 'Dog mess on the path to the school on {street}.'] },
  { key: 'permits', category: 'Licensing', weight: 1, shape: 'steady', urgency: 0.02, phrases: ['How do I apply for a building permit for an extension?', 'My permit application for a dropped kerb has had no answer for {n} weeks.', 'Question about the permit needed for a skip outside on {street}.', 'Is a permit required to put up a fence on {street}?'] },
  { key: 'council-tax', category: 'Finance', weight: 1.5, shape: 'spike', urgency: 0.05, phrases: ['My council tax bill is wrong, I was charged twice.', 'Council tax went up and I cannot afford it, can I pay in instalments?', 'I moved out of {street} but still get council tax bills.', 'Council tax reduction for a single person was not applied.', 'Why did my council tax increase so much this year?'] },
  { key: 'housing-repairs', category: 'Housing', weight: 2.2, shape: 'rising', urgency: 0.3, phrases: ['Damp and mould in my council flat on {street}, the children are ill.', 'Heating broken for a week in our flat on {street}.', 'The landlord will not repair the leaking roof on {street}.', 'Mould in the bedroom walls again, repairs never came.', 'Broken boiler in the housing block in {area}, no hot water.'] },
  { key: 'fly-tipping', category: 'Waste', weight: 1.5, shape: 'rising', urgency: 0.05, phrases: ['Someone dumped a mattress and sofas on {street}.', 'Fly-tipping behind the shops on {street} again.', 'Rubbish dumped in the lane off {street}, rats everywhere.', 'Builders dumped rubble by the park in {area}.'] },
  { key: 'speeding', category: 'Road safety', weight: 1.5, shape: 'steady', urgency: 0.2, phrases: ['Cars speeding down {street}, someone will get killed.', 'We need speed bumps on {street} near the school.', 'Drivers race along {street} at night.', 'Speed camera needed in {area}, cars ignore the 20 limit.'] },
  { key: 'pavements', category: 'Roads', weight: 1.2, shape: 'steady', urgency: 0.1, phrases: ['Broken paving slabs on {street}, my mother tripped.', 'The pavement on {street} is uneven and dangerous.', 'Cracked pavement outside the pharmacy on {street}.', 'Pavement dug up on {street} and never repaired.'] },
  { key: 'snow-ice', category: 'Winter', weight: 1, shape: 'seasonal', urgency: 0.2, phrases: ['{street} was not gritted and it is a sheet of ice.', 'The grit bin on {street} is empty.', 'Icy pavements in {area}, elderly people are falling.', 'Snow not cleared from the footpath to the station.'] },
  { key: 'rats', category: 'Pest control', weight: 1, shape: 'rising', urgency: 0.1, phrases: ['Rats running around the bins on {street}.', 'We have seen rats in the gardens of {street}.', 'Rat infestation near the takeaway in {area}.', 'Mice and rats in the communal stairs of our block.'] },
  { key: 'abandoned-vehicles', category: 'Parking', weight: 0.8, shape: 'fading', urgency: 0.02, phrases: ['An abandoned car has been on {street} for {n} months.', 'Burnt out car left on {street}.', 'Abandoned van with flat tyres in {area}.'] },
  { key: 'library', category: 'Libraries', weight: 0.7, shape: 'fading', urgency: 0.01, phrases: ['Please keep the library in {area} open on Saturdays.', 'Library opening hours were cut, students have nowhere to study.', 'The library computers in {area} do not work.'] },
  { key: 'school-crossing', category: 'Road safety', weight: 0.8, shape: 'steady', urgency: 0.25, phrases: ['No crossing patrol at the school on {street} this week.', 'Children cross {street} without a safe crossing.', 'The pedestrian crossing lights on {street} are broken.'] },
  { key: 'public-toilets', category: 'Facilities', weight: 0.6, shape: 'steady', urgency: 0.02, phrases: ['The public toilets in {area} are always locked.', 'Public toilets by the market are filthy.', 'Please reopen the public toilets on {street}.'] },
  { key: 'benefits', category: 'Finance', weight: 1.2, shape: 'steady', urgency: 0.15, phrases: ['My housing benefit payment has not arrived.', 'I applied for help with rent {n} weeks ago and heard nothing.', 'Benefit payments stopped without explanation.', 'Cannot get through on the phone about my benefit claim.'] },
  { key: 'planning', category: 'Planning', weight: 0.9, shape: 'spike', urgency: 0.02, phrases: ['I object to the planning application for flats on {street}.', 'The new development in {area} will block our light.', 'Planning notice for the phone mast on {street}, we oppose it.'] },
  { key: 'bike-lanes', category: 'Transport', weight: 0.9, shape: 'rising', urgency: 0.03, phrases: ['The new bike lane on {street} is blocked by parked cars.', 'Please build a protected cycle lane in {area}.', 'Cyclists ride on the pavement on {street}, we need a bike lane.'] },
  { key: 'playground', category: 'Parks', weight: 0.8, shape: 'steady', urgency: 0.05, phrases: ['Broken swing in the playground in {area}.', 'The playground off {street} has broken glass.', 'Playground equipment is rusty and unsafe in {area}.'] },
  { key: 'litter', category: 'Street cleaning', weight: 1.5, shape: 'steady', urgency: 0.02, phrases: ['Litter everywhere on {street}, street sweeping has stopped.', 'Overflowing litter bins on {street}.', 'The street in {area} has not been swept for weeks.', 'Broken glass and litter outside the shops on {street}.'] },
  { key: 'water-leak', category: 'Water', weight: 0.8, shape: 'spike', urgency: 0.3, phrases: ['Water leaking from a burst pipe on {street}.', 'Low water pressure all week in {area}.', 'Water main leak flooding the pavement on {street}.'] },
  { key: 'e-scooters', category: 'Transport', weight: 1.6, shape: 'new', urgency: 0.05, phrases: ['Hire e-scooters dumped across the pavement on {street}.', 'E-scooter riders speed on the pavement in {area}.', 'Electric scooters left blocking the bus stop on {street}.', 'Who collects the rental e-scooters abandoned in {area}?'] },
];
