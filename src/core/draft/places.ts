// A small list of well-known place names, so drafting can guess `country` or `city` for a bare name.
// It is a heuristic: every guess is marked for the author to check (Georgia is also a US state).

export const COUNTRIES: ReadonlySet<string> = new Set([
  'Afghanistan', 'Albania', 'Algeria', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan', 'Bangladesh',
  'Belarus', 'Belgium', 'Bolivia', 'Bosnia', 'Brazil', 'Bulgaria', 'Cambodia', 'Cameroon', 'Canada', 'Chile', 'China',
  'Colombia', 'Croatia', 'Cuba', 'Cyprus', 'Czechia', 'Czech Republic', 'Denmark', 'Ecuador', 'Egypt', 'Estonia',
  'Ethiopia', 'Finland', 'France', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Hungary', 'Iceland', 'India', 'Indonesia',
  'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait', 'Latvia',
  'Lebanon', 'Libya', 'Lithuania', 'Luxembourg', 'Malaysia', 'Mali', 'Malta', 'Mexico', 'Moldova', 'Mongolia',
  'Montenegro', 'Morocco', 'Nepal', 'Netherlands', 'New Zealand', 'Niger', 'Nigeria', 'North Korea', 'Norway',
  'Pakistan', 'Palestine', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda',
  'Saudi Arabia', 'Senegal', 'Serbia', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea',
  'Spain', 'Sri Lanka', 'Sudan', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tanzania', 'Thailand', 'Tunisia',
  'Turkey', 'Uganda', 'Ukraine', 'United Kingdom', 'United States', 'Uruguay', 'Uzbekistan', 'Venezuela', 'Vietnam',
  'Yemen', 'Zambia', 'Zimbabwe', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'America',
]);

export const CITIES: ReadonlySet<string> = new Set([
  'Amsterdam', 'Athens', 'Baghdad', 'Bangkok', 'Barcelona', 'Beijing', 'Beirut', 'Berlin', 'Bern', 'Brussels',
  'Bucharest', 'Budapest', 'Buenos Aires', 'Cairo', 'Canberra', 'Chicago', 'Copenhagen', 'Delhi', 'Doha', 'Dubai',
  'Dublin', 'Edinburgh', 'Frankfurt', 'Geneva', 'Hamburg', 'Helsinki', 'Hong Kong', 'Istanbul', 'Jakarta', 'Jerusalem',
  'Kabul', 'Kiev', 'Kyiv', 'Kharkiv', 'Lagos', 'Lisbon', 'London', 'Los Angeles', 'Lyon', 'Madrid', 'Manchester',
  'Marseille', 'Melbourne', 'Mexico City', 'Milan', 'Minsk', 'Montreal', 'Moscow', 'Mumbai', 'Munich', 'Nairobi',
  'New Delhi', 'New York', 'Odessa', 'Oslo', 'Ottawa', 'Paris', 'Prague', 'Riga', 'Rio de Janeiro', 'Rome',
  'San Francisco', 'Seoul', 'Shanghai', 'Singapore', 'Sofia', 'Stockholm', 'Sydney', 'Taipei', 'Tallinn', 'Tehran',
  'Tel Aviv', 'Tokyo', 'Toronto', 'Vancouver', 'Vienna', 'Vilnius', 'Warsaw', 'Washington', 'Zurich',
]);
