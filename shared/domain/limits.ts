/** Field length limits for a concern, shared by the form, the quick line, the database and the server. */
export const LIMITS = {
  summary: 300,
  details: 10_000,
  name: 120,
  phone: 32,
  email: 254,
  address: 200,
  area: 120,
  category: 60,
  tag: 40,
  tags: 20,
  staffName: 80,
} as const;
