/// "Did you mean" for words in files (keys, labels, ids, references): compared folded (case
/// and accents), within 1, 2 or 3 edits by the candidate's length. Words typed on the command
/// line use `CommandLineSuggestion` (AmigoCLI), SAP's rule.
public enum Suggestions {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
  public static func nearest(_ word: String, in candidates: [String]) -> String? {
    let folded = foldForMatching(word)
    let length = folded.unicodeScalars.count
    var best: (String, Int)?
    for c in candidates {
      let limit = c.count <= 3 ? 1 : c.count <= 5 ? 2 : 3
      let candidate = foldForMatching(c)
      // The distance is at least the difference in length: a word far longer or shorter than
      // the candidate (a 1 MB key) is no typo of it, and costs nothing to rule out.
      guard abs(candidate.unicodeScalars.count - length) <= limit else { continue }
      let d = editDistance(folded, candidate)
      if d <= limit && (best == nil || d < best!.1) { best = (c, d) }
    }
    return best?.0
  }

  /// Levenshtein distance.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = previous
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }
}
