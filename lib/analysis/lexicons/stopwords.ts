/**
 * Function words and reporting boilerplate that say nothing about which fact a sentence states.
 * Reporting verbs ("said", "told") are here because every outlet attributes differently: attribution
 * is compared by its own rule, not by alignment.
 */
export const STOPWORDS = new Set(
  `a about above after again against all also am among an and any are around as at be because been before
being below between both but by can could did do does doing down during each even ever every few for from
further had has have having he her here hers herself him himself his how i if in into is it its itself just
last least less may me might more most much must my myself near neither no nor not now of off on once only
or other our ours ourselves out over own per quite rather said same say says shall she should since so some
such than that the their theirs them themselves then there these they this those though through thus to
too under until up upon us very was we were what when where whether which while who whom whose why will with
within without would yet you your yours yourself yourselves 's ’s n't also already still ago told tell tells
according added add adds reportedly reported reports report claimed claims stated statement says saying
one's mr mrs ms dr think thought believe believed understand understood expect expected appear appears
seem seems stress stressed confirm confirmed announce announced insist insisted note noted explain explained
suggest suggests indicate official officials spokesman spokeswoman spokesperson source sources`
    .split(/\s+/)
    .filter(Boolean),
);
