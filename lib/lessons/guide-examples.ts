import type { DiscrepancyType } from '@/lib/analysis/types';
import { discrepancyAsk } from '@/lib/reader/discrepancy-types';

/** A sentence from one of the seed articles, word for word (a test checks it). */
export interface Quote {
  outlet: 'ITV News' | 'The Sun' | 'LBC';
  text: string;
}

export interface GuideExample {
  type: DiscrepancyType | 'omission' | 'same';
  heading: string;
  quotes: Quote[];
  /** What to notice, for a student. */
  notice: string;
  /** The question to ask of any article (for a kind of difference, the one its type asks). */
  ask: string;
}

/** Real examples from the default story (January 2022, British and US embassy staff leaving Ukraine). */
export const GUIDE_EXAMPLES: GuideExample[] = [
  {
    type: 'attribution',
    heading: 'Who says so?',
    quotes: [
      { outlet: 'ITV News', text: 'Officials said that around half of the staff working in Kyiv will return to the UK.' },
      { outlet: 'The Sun', text: 'Around half of staff are expected to leave with their families, reports the BBC.' },
    ],
    notice: 'ITV News credits “officials”; The Sun credits another news organisation, the BBC. The Sun is passing on what someone else reported.',
    ask: discrepancyAsk('attribution'),
  },
  {
    type: 'hedging',
    heading: 'How sure are they?',
    quotes: [
      { outlet: 'ITV News', text: 'The move is a precautionary one, with no specific event believed to have occurred in the last day that led to the decision.' },
      { outlet: 'The Sun', text: 'It is thought to be a precaution rather than a response to any developments in the past 24 hours.' },
    ],
    notice: 'ITV News states it as a fact (“is a precautionary one”); The Sun is less sure (“it is thought to be”). “In the last day” and “in the past 24 hours” mean the same: that is not a difference.',
    ask: discrepancyAsk('hedging'),
  },
  {
    type: 'scope',
    heading: 'How far does it reach?',
    quotes: [
      { outlet: 'ITV News', text: 'The State Department is also advising US citizens to avoid travel to Russia.' },
      { outlet: 'The Sun', text: 'The State Department also warned people not to travel to Ukraine or Russia due to the “potential for harassment against US citizens”.' },
    ],
    notice: 'One outlet reports advice about Russia only; the other about Ukraine or Russia. The same advice, but not the same extent.',
    ask: discrepancyAsk('scope'),
  },
  {
    type: 'framing',
    heading: 'Which words did they choose?',
    quotes: [
      { outlet: 'The Sun', text: 'But it comes after US officials said Putin’s special forces could launch “false flag” attacks as a pretext for an invasion which could plunge Europe into war.' },
      { outlet: 'LBC', text: 'The meetings appear to have increased fears of a Russian invasion, and the Biden administration has accused Russia of preparing a "false flag operation" to use as a pretext for intervention.' },
    ],
    notice: '“Invasion” and “intervention” describe the same thing very differently. Word choice can make an event sound more or less serious.',
    ask: discrepancyAsk('framing'),
  },
  {
    type: 'spelling',
    heading: 'Kyiv or Kiev?',
    quotes: [
      { outlet: 'ITV News', text: 'Officials said that around half of the staff working in Kyiv will return to the UK.' },
      { outlet: 'The Sun', text: 'The UK Foreign Office said today it was pulling some diplomats from its embassy in Kiev “in response to growing threat from Russia”.' },
    ],
    notice: '“Kyiv” is the Ukrainian spelling, “Kiev” the older one from Russian. LBC writes both “Zelensky” and “Zelenskyy”. Spelling can show a house style, or a point of view.',
    ask: discrepancyAsk('spelling'),
  },
  {
    type: 'timing',
    heading: 'When did it happen?',
    quotes: [
      { outlet: 'LBC', text: 'He will then move on to Berlin, and then meet Russian foreign minister Sergey Lavrov in Geneva on Friday, according to the State Department.' },
      { outlet: 'ITV News', text: 'The move came amid rising tensions about Russia’s military build-up on the Ukraine border that were not eased during talks on Friday between Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov in Geneva.' },
    ],
    notice: 'LBC wrote before the talks (“will meet”); ITV News after them (“were not eased”). Check the date of each article before comparing.',
    ask: discrepancyAsk('timing'),
  },
  {
    type: 'same',
    heading: 'Different words, same fact',
    quotes: [
      { outlet: 'ITV News', text: 'State Department officials stressed the Kyiv embassy will remain open and that the announcement does not constitute an evacuation.' },
      { outlet: 'The Sun', text: 'The US stressed it is not an evacuation.' },
    ],
    notice: 'Not every difference in wording is a difference in fact. Both say it is not an evacuation; ITV News gives more detail.',
    ask: 'Do the words change what is claimed, or only how it is said?',
  },
  {
    type: 'omission',
    heading: 'What is missing?',
    quotes: [{ outlet: 'ITV News', text: 'The move is a precautionary one, with no specific event believed to have occurred in the last day that led to the decision.' }],
    notice: 'LBC, writing five days earlier, does not report the withdrawal at all. In the comparison, its cell says “not reported”. An omission can be a choice, or just timing.',
    ask: 'Which outlets left this out, and why might they have?',
  },
];
