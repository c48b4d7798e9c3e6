import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiscrepancyType } from '../types';
import { compareSentences } from './compare-sentences';
import { findDiscrepancies } from './index';

interface Example {
  source: string;
  a: string;
  b: string;
  raises: DiscrepancyType[];
  mustNotRaise?: DiscrepancyType[];
  /** Real differences the engine deliberately leaves unsaid (precision first). */
  abstains?: DiscrepancyType[];
}

const { examples } = JSON.parse(readFileSync(path.join(process.cwd(), 'data/fixtures/discrepancy-examples.json'), 'utf8')) as { examples: Example[] };

const compare = compareSentences;
/** The types of difference found between two sentences. */
const types = (a: string, b: string) => compare(a, b).map((discrepancy) => discrepancy.type);
/** The differences of one type between two sentences. */
const ofType = (type: DiscrepancyType) => (a: string, b: string) => compare(a, b).filter((discrepancy) => discrepancy.type === type);

describe('findDiscrepancies on real and control pairs', () => {
  it.each(examples.map((example) => [`${example.source}: ${example.a.slice(0, 50)}…`, example] as const))('%s', (_, example) => {
    const found = compare(example.a, example.b);
    const types = found.map((discrepancy) => discrepancy.type);
    // The exact set a careful reader finds: a type raised beyond it is a false finding.
    expect([...new Set(types)].sort()).toEqual([...example.raises].sort());
    for (const type of example.mustNotRaise ?? []) expect(types, `should not raise ${type}`).not.toContain(type);
    for (const type of example.abstains ?? []) expect(types, `abstains from ${type}`).not.toContain(type);
    for (const discrepancy of found) {
      expect(discrepancy.explanation).toMatch(/^[\p{Lu}“].+\.$/u);
      expect(Object.keys(discrepancy.values).sort()).toEqual([...discrepancy.articleIds].sort());
      for (const [articleId, spans] of Object.entries(discrepancy.spans)) {
        const text = articleId === 'a' ? example.a : example.b;
        for (const [start, end] of spans) expect(start >= 0 && end <= text.length && start < end).toBe(true);
      }
    }
  });

  it('compares nothing when only one outlet reports the claim', () => {
    expect(findDiscrepancies([{ articleId: 'a', outlet: 'A', text: 'It is not so.', start: 0, previous: '' }], [])).toEqual([]);
  });

  it('points at the differing words: the credited sources', () => {
    const a = 'Officials said that around half of the staff working in Kyiv will return to the UK.';
    const b = 'Around half of staff are expected to leave with their families, reports the BBC.';
    const [attribution] = compare(a, b).filter((discrepancy) => discrepancy.type === 'attribution');
    expect(attribution?.values).toEqual({ a: 'Officials', b: 'the BBC' });
    expect(attribution?.spans.a?.map(([start, end]) => a.slice(start, end))).toEqual(['Officials']);
    expect(attribution?.spans.b?.map(([start, end]) => b.slice(start, end))).toEqual(['the BBC']);
    expect(attribution?.explanation).toBe('Outlet A credits “Officials”; Outlet B credits “the BBC”.');
  });

  // Patterns met in real coverage (the held-out AllSides pairs), written here in our own words.
  it.each([
    ['a figure counting the same thing a word apart', 'The airline cancelled more than 1,000 flights on Sunday.', 'The airline cancelled at least 1,800 domestic flights on Sunday.', true],
    ['a count with a spelled-out unit after a hyphen', 'The truce ended an 11-day war.', 'The truce ended more than 10 days of fighting.', true],
    ['a sum of money', 'The plan would spend $928 billion on roads.', 'The plan would spend more than $920 billion on roads.', true],
    ['the same change told from either end', 'Claims fell by 92,000 to 498,000 in the week.', 'Claims fell to 498,000 from 590,000 the week before.', false],
    ['one shared figure and two others about other things', 'He backs a $1.5 trillion bill, $2 trillion short of their demand.', 'He backs a $1.5 trillion bill and a $1.2 trillion road bill.', false],
    ['equal durations in other units', 'He was sentenced to 22 1/2 years in prison.', 'He received a 270-month prison sentence.', false],
  ])('numbers: %s', (_, a, b, raises) => {
    expect(compare(a, b).some((discrepancy) => discrepancy.type === 'number')).toBe(raises);
  });

  it('spells a name with a number in two ways: COVID-19 and Covid-19', () => {
    const [spelling] = compare('He died of Covid-19 on Monday.', 'He died of COVID-19 on Monday.').filter((discrepancy) => discrepancy.type === 'spelling');
    expect(spelling?.values).toEqual({ a: 'Covid-19', b: 'COVID-19' });
  });

  it('reads a longer excerpt of the same passage as no change to the quoted words', () => {
    const longer = 'The filing says: "According to the indictment, the couple knew that their purchases could be made only with campaign funds."';
    const shorter = 'The filing says: "The couple knew that their purchases could be made only with campaign funds."';
    expect(ofType('quote')(longer, shorter)).toEqual([]);
    expect(ofType('quote')(longer, shorter.replace('only with campaign funds', 'only with donated funds'))).toHaveLength(1);
  });

  it('dates a plan by the day it is made for: still to come, whatever the tense of the planning', () => {
    expect(ofType('timing')('Sentencing has been set for June 28.', 'The judge set the sentencing for June 28.')).toEqual([]);
    expect(ofType('timing')('The vote was held on Friday.', 'The vote is scheduled for Friday.')).toHaveLength(1);
  });

  it('takes a programme named in quotation marks for a title, not a quotation', () => {
    const quote = ofType('quote');
    expect(quote('"We have enough people vaccinated," Fauci said on ABC\'s "This Week".', '"We have enough people vaccinated," Fauci said.')).toEqual([]);
    expect(quote('"It is a problem," he said on CNN\'s "State of the Union" on Sunday.', '"It is a problem," he said on Sunday.')).toEqual([]);
    expect(quote('Crowds shouted “Freedom for all!” in the streets.', 'Crowds shouted “Freedom for us!” in the streets.')).toHaveLength(1);
  });

  it('reads the tense of the report, not of a quotation or of what is announced, and no time in a title', () => {
    const timing = ofType('timing');
    expect(timing('Pelosi made clear on Thursday that she would not relent.', '"We will not let them stand in the way," Pelosi said at a press conference on Thursday.')).toEqual([]);
    expect(timing('Biden on Thursday announced plans to require vaccinations.', 'Biden is announcing Thursday that employers will have to require vaccinations.')).toEqual([]);
    expect(timing('The CDC on Tuesday reversed its guidance.', 'The CDC is expected to announce Tuesday that it is revising its guidance.')).toHaveLength(1);
    expect(timing('The talks are going to take place on Friday.', 'The talks took place on Friday.')).toHaveLength(1);
    expect(timing('"We are ready," Fauci said on ABC\'s "This Week".', '"We are ready," Fauci said on Sunday.')).toEqual([]);
    // "would" in an outlet's own words is conditional, not a future (BASIL 2013, blind dev split); the -ies
    // form of a verb is its present, not a past.
    expect(timing('The new rules would not apply to civil unions.', 'The new rules did not apply to civil unions.')).toEqual([]);
    expect(timing('The policy only applies to married couples.', 'The policy will apply only to married couples.')).toEqual([]);
    expect(timing('The policy applied only to married couples.', 'The policy will apply only to married couples.')).toHaveLength(1);
    // The day of a telling is compared with the other's telling, not with the day of the event (BASIL 2019).
    expect(timing('Congress passed the spending package on Thursday.', 'Congress passed the spending package, a senior official told reporters Friday.')).toEqual([]);
    expect(timing('Raab warned on Sunday that an invasion was likely.', 'Raab warned on Monday that an invasion was likely.')).toHaveLength(1);
    // A day that describes a thing dates no event of the sentence (BASIL 2014, ECB+); a part of the day does not make it one.
    expect(timing('It upends the June 19 voting for majority leader.', 'Republicans pleaded Friday for a delay in the voting for majority leader.')).toEqual([]);
    expect(timing('Bush was hurt in last Thursday’s game.', 'Bush was hurt in the game on Wednesday.')).toEqual([]);
    expect(timing('The vote was held on Thursday night.', 'The vote was held on Friday night.')).toHaveLength(1);
  });

  it('reads a time of day as a time, in any form, and not as a figure', () => {
    expect(types('The truce began at 2 a.m.', 'The truce will begin at 2am.')).toEqual(['timing']);
    expect(types('The meeting starts at 10am.', 'The meeting starts at 11 a.m.')).toEqual(['timing']);
    expect(types('The order takes effect at 11:59 p.m. on Saturday.', 'The order takes effect at 11:59pm on Saturday.')).toEqual([]);
  });

  // Since engine 0.4.0: on the blind real-coverage dev split no labeller read a bound as a hedge.
  it('reads a bound on a figure ("as many as", "nearly") as no hedge', () => {
    const hedging = ofType('hedging');
    expect(hedging('Russia has up to 100,000 troops near the border.', 'Russia has as many as 100,000 troops near the border.')).toEqual([]);
    expect(hedging('Russia has 100,000 troops near the border.', 'Russia has as many as 100,000 troops near the border.')).toEqual([]);
    expect(hedging('Nearly 8 months after taking office, Biden announced new rules.', 'Biden announced new rules.')).toEqual([]);
    expect(hedging('The talks lasted nearly 8 hours.', 'The talks lasted 8 hours.')).toEqual([]);
  });

  it('reads one source however it is written: case, U.S./US, a country\'s names, forms of address', () => {
    const attribution = ofType('attribution');
    expect(attribution('The Prime Minister said the UK is ready.', 'The prime minister said the UK is ready.')).toEqual([]);
    expect(attribution('Mr Johnson said the plan would work.', 'Mr. Johnson said the plan would work.')).toEqual([]);
    expect(attribution('U.S. officials said the embassy would close.', 'US officials said the embassy would close.')).toEqual([]);
    expect(attribution("The UK's Foreign Office said it was pulling staff.", "Britain's Foreign Office said it was pulling staff.")).toEqual([]);
    expect(attribution('Mr Biden said the US would respond.', 'President Biden said the US would respond.')).toEqual([]);
    expect(attribution('Boris Johnson said the UK was ready.', 'Mr Johnson said the UK was ready.')).toEqual([]);
    expect(attribution('Trump said the case was weak.', "Trump's lawyer said the case was weak.")[0]?.values).toEqual({ a: 'Trump', b: "Trump's lawyer" });
    expect(attribution("Russia's Foreign Ministry said talks failed.", "Ukraine's Foreign Ministry said talks failed.")).toHaveLength(1);
    expect(attribution('The governor signed the bill, the Arizona Republic first reported.', 'The governor signed the bill, CNN reported.')[0]?.values.a).toBe('the Arizona Republic');
    expect(attribution('The prime minister said the UK is ready.', 'The foreign secretary said the UK is ready.')[0]?.values).toEqual({
      a: 'The prime minister',
      b: 'The foreign secretary',
    });
  });

  it('counts two people speaking for one organisation as one source', () => {
    expect(types('A YouTube representative said the video broke its rules.', 'A YouTube spokesperson said the video broke its rules.')).not.toContain('attribution');
    expect(types('A YouTube spokesperson said the video broke its rules.', 'A Google lawyer said the video broke its rules.')).toContain('attribution');
  });


  it('finds the source wherever the sentence names it: after a party and a day, mid-sentence, after a quotation', () => {
    const attribution = ofType('attribution');
    const values = (a: string, b: string) => attribution(a, b)[0]?.values;
    expect(attribution('Senator Ann Lee (D-Ore.) on Thursday said the bill would pass the Senate.', 'The bill would pass the Senate, Senator Ann Lee said.')).toEqual([]);
    expect(attribution('The Labor Department announced Thursday that consumer prices rose 5% in May.', 'Consumer prices rose 5% in May, the Labor Department said.')).toEqual([]);
    expect(
      attribution("The nation's top health expert said Sunday he did not expect a lockdown.", 'There will be no lockdown, top U.S. health expert Dr. Sam Roe said on Sunday.'),
    ).toEqual([]);
    expect(values('The US is ending its mission, President Joe Biden announced Monday, though troops will stay.', 'The US is ending its mission, the Pentagon said.')).toEqual({
      a: 'President Joe Biden',
      b: 'the Pentagon',
    });
    expect(values('"The ruling is an insult," said Trump, who called the vote rigged.', '"The ruling is an insult," his lawyer said.')).toEqual({ a: 'Trump', b: 'his lawyer' });
    expect(values('The president will visit Europe in June, the White House announced on Friday, stopping in Belgium.', 'The president will visit Europe in June, the Pentagon said.')).toEqual({
      a: 'the White House',
      b: 'the Pentagon',
    });
    expect(values('At least 150 people died, reports CNN, citing data from an archive.', 'At least 150 people died, according to NPR.')).toEqual({ a: 'CNN', b: 'NPR' });
    expect(values('The vote is on Wednesday, Senator Ann Lee announced.', 'The vote is on Wednesday, the White House said.')).toEqual({ a: 'Senator Ann Lee', b: 'the White House' });
    // One person, one source: a nickname, and an official described two ways.
    expect(attribution('Senate Leader Charles Schumer said the vote is on Wednesday.', 'The vote is on Wednesday, Leader Chuck Schumer said.')).toEqual([]);
    expect(
      attribution('Thousands of migrants were freed last week, according to one U.S. official who put the figure at 2,000.', 'Thousands of migrants were freed last week, a US official told the Associated Press.'),
    ).toEqual([]);
  });

  it('names no source for an act, nor for "it" or "he" (named in a sentence the claim does not show)', () => {
    const attribution = ofType('attribution');
    expect(attribution('Israel and Hamas announced a cease-fire on Thursday.', 'Israel and Hamas agreed to a cease-fire on Thursday.')).toEqual([]);
    expect(attribution('The US will buy 500 million doses, it said on Thursday, urging others to follow.', 'The US will buy 500 million doses, the White House said.')).toEqual([]);
  });
  it('credits the person named before an appositive, as another outlet credits them with their title first', () => {
    const a = '"We have no new places to search," said Steve Anderson, a Waco police spokesman.';
    const b = '"We have no new places to search," Waco police spokesman Steve Anderson said.';
    const c = '"We have no new places to search," said Mary Jones, a Waco police spokeswoman.';
    const attribution = (x: string, y: string) => compare(x, y).filter((discrepancy) => discrepancy.type === 'attribution');
    expect(attribution(a, b)).toEqual([]);
    expect(attribution(a, c)[0]?.values).toEqual({ a: 'Steve Anderson', b: 'Mary Jones' });
  });

  it('reads "neither … nor" as a denial and a negation inside a relative clause as no denial', () => {
    expect(types('The judges said the states did not have the right to sue.', 'The judges ruled that neither the states nor the people have a right to sue.')).not.toContain('contradiction');
    expect(types('The report found he harassed 11 women, including staff.', 'The report found he harassed 11 women, including some who did not work for him.')).not.toContain('contradiction');
    expect(types('The move constitutes an evacuation.', 'The move does not constitute an evacuation.')).toContain('contradiction');
  });

  it('raises a contradiction only where one predicate with the same arguments is asserted and denied', () => {
    const contradiction = ofType('contradiction');
    // A reported denial is a fact about the one who denies, not the outlet's denial of what was denied.
    expect(contradiction('Officials denied the strike hit a hospital.', 'The strike hit a hospital.')).toEqual([]);
    // A quoted speaker's negation, a negation in another clause, another subject.
    expect(contradiction('“We will not leave,” he said.', 'He said we will leave.')).toEqual([]);
    expect(contradiction('The talks ended on Monday, and Russia did not withdraw its troops.', 'The talks ended on Monday.')).toEqual([]);
    expect(contradiction('The minister did not resign.', 'The deputy resigned.')).toEqual([]);
    // The words compared, on each side.
    const [found] = contradiction('The State Department said the announcement does not constitute an evacuation.', 'The State Department said the announcement constitutes an evacuation.');
    expect(found?.values).toEqual({ a: 'does not constitute', b: 'constitutes' });
    expect(found?.explanation).toBe('Outlet A (“does not constitute”) says it is not so, while Outlet B (“constitutes”) says it is.');
  });

  it('reads the tense of the statement, not of its attribution or of what it reports', () => {
    expect(types('The minister told MPs on Tuesday that the money will run out on Oct. 18.', 'The minister warned MPs on Tuesday that the money was close to running out on Oct. 18.')).not.toContain('timing');
    expect(types('The country is buying 500 million doses to donate, the White House said Thursday.', 'The country will spend $3 billion to buy 500 million doses, it said on Thursday, urging others to follow.')).not.toContain('timing');
    expect(types('He will meet Lavrov in Geneva on Friday.', 'The talks with Lavrov in Geneva on Friday were tense.')).toContain('timing');
  });

  it('dates the telling by its verb and what was told by its own tense, wherever the source is credited', () => {
    // The source first or last is form: both tell of talks to come.
    expect(types('Officials said the talks will resume on Friday.', 'The talks will resume on Friday, officials said.')).not.toContain('timing');
    // What one outlet reports as to come, the other as done.
    expect(types('Egyptian officials said the ceasefire would begin at 2 a.m. on Friday.', 'The ceasefire began at 2 a.m. on Friday.')).toContain('timing');
    // Sunday is when the senator spoke, in both, and when the agency announced it.
    expect(types('The senator on Sunday said he would oppose the bill.', 'The senator on Sunday defended his decision to oppose the bill.')).not.toContain('timing');
    expect(types('The president will visit Europe in June, the White House announced on Friday, stopping in Belgium.', 'The White House announced Friday that the president will visit Europe in June.')).not.toContain('timing');
    // Nor is an aside about someone the tense of what they did.
    expect(types('The governor, who will take office next month, on Sunday vowed to act.', 'The governor on Sunday vowed to act.')).not.toContain('timing');
  });

  it('hears the common hedge cues, but not an opinion verb', () => {
    expect(types('The tweet seemed to compare the two countries to the militants.', 'The tweet compared the two countries to the militants.')).toContain('hedging');
    expect(types('Data suggests there is a higher risk of the disorder.', 'There is a higher risk of the disorder.')).toContain('hedging');
    expect(types('He will oppose the bill because he believes it divides the country.', 'He will oppose the bill because it divides the country.')).not.toContain('hedging');
    // A comparison of likelihoods is a finding, not doubt; "will likely" is doubt.
    expect(types('The unvaccinated are twice as likely to be reinfected, the study found.', 'The unvaccinated are reinfected at twice the rate, the study found.')).not.toContain('hedging');
    expect(types('People who had Covid are more likely than others to fall ill again.', 'People who had Covid fall ill again more often than others.')).not.toContain('hedging');
    expect(types('The talks will likely fail.', 'The talks will fail.')).toContain('hedging');
  });

  it('reads a part as a different extent, and a name with "and" inside as no list of places', () => {
    expect(types('Some House Democrats proposed a commission.', 'House Democrats proposed a commission.')).toContain('scope');
    expect(types('The law bans most abortions.', 'The law bans all abortions.')).toContain('scope');
    expect(types('The vote came a few hours later in the House.', 'The vote came later in the House.')).not.toContain('scope');
    expect(types('The Food and Drug Administration approved the vaccine.', 'The FDA approved the vaccine.')).not.toContain('scope');
  });

  it('reads no extent into a list of sources, a dateline or a quoted quantifier', () => {
    const scope = ofType('scope');
    expect(scope('The talks failed, each, CNN, Bloomberg reported.', 'The talks failed, CNN reported.')).toEqual([]);
    expect(scope('LONDON, Jan 24 (Reuters) - Britain is withdrawing staff from its embassy in Kiev.', 'KIEV - Britain is withdrawing staff from its embassy in Kiev.')).toEqual([]);
    expect(scope('He called it “a disaster for the whole country”.', 'He called it a disaster for the country.')).toEqual([]);
  });

  it('names what each figure counts, and counts troops and soldiers as one thing', () => {
    const [number] = compare('Russia has 100,000 troops at the border.', 'Russia has 150,000 soldiers at the border.').filter((discrepancy) => discrepancy.type === 'number');
    expect(number?.values).toEqual({ a: '100,000 troops', b: '150,000 soldiers' });
  });

  it('knows the loaded-language pairs media-literacy courses teach, and not a word both outlets use', () => {
    expect(types('The bill targets illegal immigrants in the state.', 'The bill targets undocumented immigrants in the state.')).toContain('framing');
    expect(types('The senator wants to abolish the death tax.', 'The senator wants to abolish the estate tax.')).toContain('framing');
    expect(types('Police cleared the protesters from the square.', 'Police cleared the rioters from the square.')).toContain('framing');
    expect(types('A white mob burned the district in 1921.', 'The attack by a white mob burned the district in 1921.')).not.toContain('framing');
    // A loaded phrase with a word inside it.
    const framing = ofType('framing');
    expect(framing('The state enacted a six-week abortion ban on Wednesday.', 'The state enacted a heartbeat abortion law on Wednesday.')[0]?.values).toEqual({
      a: 'six-week abortion ban',
      b: 'heartbeat abortion law',
    });
  });

  it('reads no place into a month, a disease or a people before a noun', () => {
    const scope = ofType('scope');
    expect(scope('The law took effect in May in Texas.', 'The law took effect in Texas.')).toEqual([]);
    expect(scope('He died of complications from Covid-19 in Virginia.', 'He died in Virginia.')).toEqual([]);
    expect(scope('He faced questions from Republican lawmakers in Washington.', 'He faced questions in Washington.')).toEqual([]);
    expect(scope('He faced questions from lawmakers in Washington and Ohio.', 'He faced questions in Washington.')).toHaveLength(1);
  });

  it('takes a word that is part of a name for the name, not for a word chosen', () => {
    expect(types('Boosters are not needed yet, the Food and Drug Administration said.', 'Boosters are not needed yet, the government said.')).not.toContain('framing');
  });

  it('finds a loaded word one outlet puts on what both name', () => {
    const framing = ofType('framing');
    const [force] = framing('The court sided with officers accused of excessive force.', 'The court sided with officers sued over their use of force.');
    expect(force?.values).toEqual({ a: 'excessive force', b: 'no loaded word' });
    expect(force?.spans.a?.map(([start, end]) => 'The court sided with officers accused of excessive force.'.slice(start, end))).toEqual(['excessive force']);
    expect(force?.spans.b).toEqual([]);
    expect(force?.explanation).toBe('One outlet charges what the other names plainly: Outlet A writes “excessive force”; Outlet B uses no loaded word.');
    expect(framing('He voted against a sweeping voting rights bill.', 'He voted against a sprawling voting rights bill.')[0]?.values).toEqual({
      a: 'sweeping voting rights',
      b: 'sprawling voting rights',
    });
    expect(framing('A controversial Texas law took effect on Wednesday.', 'A Texas law took effect on Wednesday.')).toHaveLength(1);
    // Only "regime" charges those in power; "government" and "administration" are one neutral sense (AllSides).
    expect(framing('The administration asked Congress for more money.', 'The government asked Congress for more money.')).toEqual([]);
    expect(framing('The regime asked for more money.', 'The government asked for more money.')).toHaveLength(1);
    // Quotation marks around the name distance the outlet from it as "so-called" does (BASIL 2013).
    expect(framing('Couples will now pay the so-called marriage penalty.', 'Couples will now pay the “marriage penalty.”')).toEqual([]);
    expect(framing('Couples will now pay the so-called marriage penalty.', 'Couples will now pay the marriage penalty.')).toHaveLength(1);
    expect(framing('Officers faced claims of excessive use of force.', 'Officers faced claims over their use of force.')[0]?.values.a).toBe('excessive use of force');
    expect(framing('A judge struck down the controversial “assault weapons” ban.', 'A judge struck down the assault weapons ban.')[0]?.values.a).toBe('controversial “assault weapons”');
    expect(framing('Biden will pitch a sweeping $1.8 trillion package.', 'Biden will pitch a $1.8 trillion package.')).toHaveLength(1);
  });

  it('raises no loaded word both outlets use, nor one on something the other does not name', () => {
    const framing = ofType('framing');
    expect(framing('He voted against a sweeping voting rights bill.', 'He voted against the sweeping voting rights bill on Sunday.')).toEqual([]);
    expect(framing('A controversial Texas law took effect on Wednesday.', 'The law that bans most abortions took effect on Wednesday.')).toEqual([]);
    expect(framing('Democrats support the landmark voting rights expansion.', 'Many Republicans support restrictive voting rules in the states.')).toEqual([]);
    // A speaker's words, quoted, are not the outlet's framing; nor is a loaded word across a comma.
    expect(framing('His campaign said the report is “baseless” and false.', 'His campaign said the report is false.')).toEqual([]);
    expect(framing('He said: "How ridiculous, we are the only country."', 'He said we are the only country.')).toEqual([]);
  });
});

describe('relative times across articles', () => {
  const view = (articleId: string, text: string, published: string | null) => ({ articleId, outlet: articleId, text, start: 0, previous: '', published });
  const timing = (published: [string | null, string | null]) =>
    findDiscrepancies([view('a', 'The coach said today that the season is over.', published[0]), view('b', 'The coach said last week that the season is over.', published[1])], []).filter((found) => found.type === 'timing');

  it('compares "today" and "last week" only in articles published the same day', () => {
    expect(timing(['2008-12-17', '2008-12-17'])).toHaveLength(1);
    // A week apart, or undated: one day or two cannot be told.
    expect(timing(['2008-12-17', '2008-12-24'])).toEqual([]);
    expect(timing([null, null])).toEqual([]);
  });
});
