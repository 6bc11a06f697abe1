// Verbs that only report words, one list for the generator and the drafter: "Who said ...?" is worth asking only
// among others who could have said it, and quoted words inside what someone said are the teller's.
//
//   SPEECH_VERB.test('told') -> true; SPEECH_VERB.test('wants') -> false

/** The verb forms, as a pattern with no anchors: said, says, noted, told, wrote, reported ... */
export const SPEECH_VERBS =
  'said|says|noted|notes|explained|explains|added|adds|reported|reports|told|tells|stated|states|wrote|writes';

/** One word that is a speech verb, whole. */
export const SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERBS})$`);
