/**
 * The baseline every figure is reported beside: bag-of-words TF-IDF cosine, with IDF fitted on the
 * training texts and the threshold chosen on the training pairs.
 */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export class TfidfModel {
  private readonly idf = new Map<string, number>();
  private readonly defaultIdf: number;

  constructor(documents: readonly string[]) {
    const documentFrequency = new Map<string, number>();
    for (const document of documents) {
      for (const word of new Set(words(document))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
    for (const [word, count] of documentFrequency) this.idf.set(word, Math.log((documents.length + 1) / (count + 1)) + 1);
    this.defaultIdf = Math.log(documents.length + 1) + 1;
  }

  vector(text: string): Map<string, number> {
    const vector = new Map<string, number>();
    for (const word of words(text)) vector.set(word, (vector.get(word) ?? 0) + 1);
    for (const [word, count] of vector) vector.set(word, count * (this.idf.get(word) ?? this.defaultIdf));
    return vector;
  }

  cosine(a: string, b: string): number {
    const va = this.vector(a);
    const vb = this.vector(b);
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const [word, weight] of va) {
      na += weight * weight;
      dot += weight * (vb.get(word) ?? 0);
    }
    for (const weight of vb.values()) nb += weight * weight;
    return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
  }
}

/** The threshold on `score` that maximises accuracy over labelled examples. */
export function bestThreshold(examples: readonly { score: number; label: 0 | 1 }[]): number {
  const sorted = [...examples].sort((a, b) => a.score - b.score);
  const positives = sorted.filter((example) => example.label === 1).length;
  let best = { threshold: 0, correct: positives };
  let negativesBelow = 0;
  let positivesBelow = 0;
  for (let index = 0; index < sorted.length; index++) {
    const example = sorted[index]!;
    if (example.label === 1) positivesBelow++;
    else negativesBelow++;
    const next = sorted[index + 1];
    const correct = negativesBelow + positives - positivesBelow;
    if (next && next.score > example.score && correct > best.correct) best = { threshold: (example.score + next.score) / 2, correct };
  }
  return best.threshold;
}

export interface BinaryScores {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

export function binaryScores(predictions: readonly boolean[], labels: readonly (0 | 1)[]): BinaryScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  predictions.forEach((predicted, index) => {
    const label = labels[index] === 1;
    if (predicted === label) correct++;
    if (predicted && label) tp++;
    if (predicted && !label) fp++;
    if (!predicted && label) fn++;
  });
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { accuracy: correct / Math.max(1, labels.length), precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
