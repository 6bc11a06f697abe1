// The words people write before a name to say what they are ("Prime Minister Olmert", "Dr. Nyikal"): one list
// for the drafter, which reads them as a role, and for scoring, which accepts them before a surname.

/** Positions and ranks, capitalised as written before a name ("Secretary of State", "Taoiseach"). */
export const TITLE_WORDS: readonly string[] = (
  'President Chancellor Prime Minister Secretary General Chief Head Mayor Governor Senator Sen Rep Representative ' +
  'Ambassador Director Commissioner Chairman Chairwoman Chair Spokesman Spokeswoman Spokesperson King Queen Prince ' +
  'Princess Pope Judge Justice Professor Prof Doctor Councillor Councilor Councilwoman Councilman Superintendent ' +
  'Principal Sheriff Officer Captain Commander Lieutenant Colonel Sergeant Detective Inspector CEO Coach Chairperson ' +
  'Premier Speaker Leader Deputy Vice Editor Dean Rector Bishop Archbishop Cardinal Minister-President Administrator ' +
  'Prosecutor Attorney Lawyer Counsel Barrister Solicitor Constable Magistrate Coroner Astronaut Pilot Nurse Reverend Rev ' +
  'Undersecretary Under-Secretary Asst ' +
  // "Deputy National Security Advisor for Homeland Security ... John O. Brennan" (trial 98).
  'Advisor Adviser ' +
  // "Principal Investigator Alan Stern" (trial 119 drafted a person "Investigator Alan Stern").
  'Investigator ' +
  // "US Vice Admiral Bill Gortney" (trial 124 drafted a person "Admiral Bill Gortney" whose role was "US Vice").
  'Admiral ' +
  // "former Congressman Marty Meehan, and Congressmen Mike Capuano and Stephen Lynch" (trial 110).
  'Congressman Congresswoman Congressmen Assemblyman Assemblywoman Alderman Councilmember Delegate ' +
  // "Director-General of WHO Dr Margaret Chan" (trial 60).
  'Director-General Secretary-General Attorney-General Governor-General ' +
  // "President-elect Donald Trump" (trial 145 drafted the whole as a name).
  'President-elect Vice-President-elect Governor-elect Mayor-elect Senator-elect Premier-elect ' +
  // Ireland's prime minister and deputy, written before a name as any title (trial 34: "Taoiseach Bertie Ahern").
  'Taoiseach Tánaiste Tanaiste ' +
  // Members of a parliament, written after their party: "Democratic Unionist Party MP Jeffrey Donaldson".
  'MP MEP MLA MSP TD ' +
  // Short forms with a full stop, inside a sentence: "by Gov. Gavin Newsom", "chief Maj. Gen. Tawfiq Jaber" (trial
  // 160 drafted a person "Maj"; "Gov" and "Lt" became bodies of their own).
  'Gov Lt Gen Maj Col Capt Cpl Sgt Adm Brig Cmdr Supt Insp Det ' +
  // "U.S. Poet Laureate Ada Limón" (trial 162 drafted the whole as a name).
  'Laureate ' +
  // "Emergency Management Coordinator Steve Ulrich" (trial 301 drafted a person "Coordinator Steve Ulrich").
  'Coordinator Manager Supervisor ' +
  // "said Republican whip Roy Blunt" (trial 314 drafted Blunt as no person, with no role).
  'Whip'
).split(' ');

/** Forms of address before a name ("Mr", "Dr"): no position, so never a role. */
export const HONORIFIC_WORDS: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Sir', 'Dame'];
