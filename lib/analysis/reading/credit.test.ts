import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { readCredit, type Credit } from './credit';
import { findQuotations } from './quotations';

/** The credit of a sentence as kind and words: "named: the ministry", "unresolved", "none". */
function creditOf(sentence: string, previous = ''): string {
  const credit: Credit = readCredit({ tokens: tokenize(sentence), quotations: findQuotations(sentence) }, previous);
  return credit.kind === 'named' ? `named: ${sentence.slice(credit.start, credit.end)}` : credit.kind;
}

describe('readCredit', () => {
  it('reads the source of a record introduced by "in": after "by" or "from", or before "\'s"', () => {
    expect(creditOf('In a 30-page indictment released by the Justice Department, the mayor is charged with fraud.')).toBe('named: the Justice Department');
    expect(creditOf("In the ministry's statement, the plan was called final.")).toBe('named: the ministry');
    expect(creditOf('In a letter from the governor, the plan was called final.')).toBe('named: the governor');
    // A record with no source named is someone's words all the same.
    expect(creditOf('In court documents, the plan was called final.')).toBe('unresolved');
    expect(creditOf('In a statement, the company said profits fell.')).toBe('named: the company');
    // "in" before anything else is no credit.
    expect(creditOf('In a surprise move, the company cut prices.')).toBe('none');
  });

  it('reads the source of a record after "according to": whoever the record is from', () => {
    expect(creditOf('Deaths passed 600,000, according to data from Johns Hopkins University.')).toBe('named: data from Johns Hopkins University');
    expect(creditOf('Costs rose, according to a report by the Government Accountability Office.')).toBe('named: a report by the Government Accountability Office');
    expect(creditOf('Costs rose, according to the data.')).toBe('unresolved');
  });

  it('credits the subject of a mental verb, as of a reporting verb', () => {
    expect(creditOf('The administration anticipates that another $10 billion will be needed.')).toBe('named: The administration');
    expect(creditOf('Economists expect prices to rise.')).toBe('named: Economists');
  });

  it('reads a passive telling and hearsay words as a source not named, never as none', () => {
    expect(creditOf('The results were announced on Monday.')).toBe('unresolved');
    expect(creditOf('It was reported that the talks had failed.')).toBe('unresolved');
    expect(creditOf('The mayor allegedly took bribes for years.')).toBe('unresolved');
    expect(creditOf('The mayor reportedly took bribes, Senator Ann Lee said.')).toBe('named: Senator Ann Lee');
    expect(creditOf('The mayor took bribes for years.')).toBe('none');
  });

  it('reads an instruction as somebody\'s words, but not a sentence that opens with a participle', () => {
    expect(creditOf('Do not travel to Ukraine.')).toBe('unresolved');
    expect(creditOf("And certainly don't make faces during public events.")).toBe('unresolved');
    expect(creditOf('Fearing an attack, the embassy closed its doors.')).toBe('none');
    expect(creditOf('Staff at the embassy left on Monday.')).toBe('none');
  });

  it('leaves a sentence unresolved when the sentence before it credits someone', () => {
    expect(creditOf('The staff will leave this week.', 'Officials said the embassy would close.')).toBe('unresolved');
    expect(creditOf('The staff will leave this week.', 'The indictment says the funds were misused.')).toBe('unresolved');
    expect(creditOf('The staff will leave this week.', 'The FCDO guidance said:')).toBe('unresolved');
    expect(creditOf('The staff will leave this week.', 'The embassy closed on Monday.')).toBe('none');
  });

  it('reads the subject a relative clause describes, not the last noun of the clause', () => {
    expect(creditOf('An Australian climber who watched his brother fall from the highest peak said he expected to die.')).toBe('named: An Australian climber');
    // The phrase is the relative clause's own subject: the witnesses said it.
    expect(creditOf('Police arrested a man who witnesses said fired the shots.')).toBe('named: witnesses');
  });

  it('tells a name from a description: a capital inside the sentence names, one that opens it does not', () => {
    const described = (sentence: string) => {
      const credit = readCredit({ tokens: tokenize(sentence), quotations: findQuotations(sentence) }, '');
      return credit.kind === 'named' ? credit.described : credit.kind;
    };
    expect(described('The charges were filed on Tuesday, the Justice Department said.')).toBeNull();
    expect(described('Witnesses said the fire was started deliberately.')).toBe('people');
    expect(described('The charges were filed on Tuesday, the agency said.')).toBe('people');
    expect(described('The charges were filed on Tuesday, federal prosecutors said.')).toBe('description');
    expect(described('The charges were filed on Tuesday, the governor said.')).toBe('role');
  });

  it('reads a telling whose object is a thing as the fact itself, and a reported clause as a credit', () => {
    // The telling is what happened: nobody is credited for another statement.
    expect(creditOf('The agency revealed new details about the scope of its investigation.')).toBe('unresolved');
    expect(creditOf('The company confirmed the deal.')).toBe('unresolved');
    // A reported clause, with or without "that", credits its teller.
    expect(creditOf('The agency revealed that the investigation was limited.')).toBe('named: The agency');
    expect(creditOf('Officials said the embassy would close.')).toBe('named: Officials');
    expect(creditOf('The ministry said on Monday it was withdrawing staff.')).toBe('named: The ministry');
    // The person told is no sign of an act: what was said follows.
    expect(creditOf('The minister told reporters on Tuesday that talks had failed.')).toBe('named: The minister');
  });

  it('marks a source credited for only part of the sentence', () => {
    const partial = (sentence: string) => {
      const credit = readCredit({ tokens: tokenize(sentence), quotations: findQuotations(sentence) }, '');
      return credit.kind === 'named' ? { source: sentence.slice(credit.start, credit.end), partial: credit.partial === true } : credit.kind;
    };
    // A main clause of the outlet's own before the telling; the phrase of time is no part of the source.
    expect(partial('The subpoenas were disclosed Thursday, the same day the Republican governor’s campaign announced it had hired a law firm.')).toEqual({ source: 'the Republican governor’s campaign', partial: true });
    // The relative clause describing the source is the outlet's own words.
    expect(partial('An Australian climber who watched his brother fall from the highest peak said he expected to die.')).toEqual({ source: 'An Australian climber', partial: true });
    // A telling after what it reports, or before a clause of its own, credits the whole sentence.
    expect(partial('The talks failed on Monday, officials said.')).toEqual({ source: 'officials', partial: false });
    expect(partial('The US is ending its mission, President Joe Biden announced Monday, though troops will stay.')).toEqual({ source: 'President Joe Biden', partial: false });
    expect(partial('As the talks failed, the ministry said the embassy would close.')).toEqual({ source: 'the ministry', partial: false });
  });

  it('reads a source after its verb only where it follows what it reports', () => {
    expect(creditOf('The mayor will resign, said the governor.')).toBe('named: the governor');
    expect(creditOf('“We will appeal,” said the lawyer.')).toBe('named: the lawyer');
    // After "charged" in mid-sentence comes who was charged, not who said so.
    expect(creditOf('This morning police have arrested and charged Jane Smith with murder.')).toBe('unresolved');
  });
});
