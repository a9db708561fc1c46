import AmigoReports
import AmigoSchema

/// Questions on a terminal: the question goes to standard error, the answer comes from
/// `Environment.readAnswer`, and a bad answer is asked again.
enum Prompt {
  /// Asks `question` until `parse` accepts the (trimmed) answer. The end of input cancels the
  /// command, with nothing changed.
  static func ask<T>(
    _ question: String, _ env: Environment, again hint: String, _ parse: (String) -> T?
  ) throws -> T {
    while true {
      let answer = try self.answer(
        question, env,
        atEnd: CommandError(message: env.language().text(.promptNoAnswer), status: .usage))
      if let value = parse(answer) { return value }
      env.stderr.write(hint + "\n")
    }
  }

  /// Writes `question` and reads one answer, trimmed; the end of input throws `atEnd`. An
  /// answer with a character no text in a file may hold (a control character, or a tab inside
  /// it: every answer is one line) is asked again, saying which, as an option value with one is
  /// refused (`ArgumentParser.forbiddenCharacter`): the one rule for every question.
  static func answer(
    _ question: String, _ env: Environment, atEnd: @autoclosure () -> Error
  ) throws -> String {
    while true {
      env.stderr.write(question)
      guard let line = env.readAnswer() else {
        env.stderr.write("\n")
        throw atEnd()
      }
      let answer = line.trimming(" \t\r")
      switch ArgumentParser.forbiddenCharacter(in: answer, lines: false) {
      case nil: return answer
      case .breaksLine: env.stderr.write(env.language().text(.promptAnswerOneLine) + "\n")
      case .control(let code):
        env.stderr.write(env.language().text(.promptAnswerControl, code) + "\n")
      }
    }
  }

  /// Asks for one value of `spec` (English or Dutch), returned as written in files.
  static func choose(_ question: String, _ spec: EnumSpec, _ env: Environment) throws -> String {
    let language = env.language()
    return try ask(
      question, env, again: language.text(.promptAnswerOneOf, language.quotedWords(spec)),
      { $0.isEmpty ? nil : spec.resolve($0) })
  }

  /// Shows the values of `spec` as a numbered menu under `title`, then asks for a number, a
  /// value or a Dutch word.
  static func menu(
    _ title: Message, _ spec: EnumSpec, prompt: Message, _ env: Environment
  ) throws -> String {
    let language = env.language()
    // In Dutch the Dutch word and label; either word is understood.
    let dutch = language.code == "nl"
    let words = spec.values.map { dutch ? ($0.aliases.first ?? $0.value) : $0.value }
    let width = words.map(\.count).max() ?? 0
    // Numbers right-aligned, so that the names line up past 9 choices.
    let digits = String(spec.values.count).count
    var text = language.text(title) + "\n"
    for (i, v) in spec.values.enumerated() {
      let pad = String(repeating: " ", count: width - words[i].count)
      let number = String(i + 1)
      let lead = String(repeating: " ", count: digits - number.count)
      text += "  \(lead)\(number)  \(words[i])\(pad)  \(v.label(language.code))\n"
    }
    env.stderr.write(text)
    return try ask(
      language.text(prompt), env,
      again: language.text(.promptAnswerNumber, String(spec.values.count)),
      { answer in
        if let n = Int(answer), spec.values.indices.contains(n - 1) {
          return spec.values[n - 1].value
        }
        return answer.isEmpty ? nil : spec.resolve(answer)
      })
  }
}

/// Scores on the solution-focused 0-10 scale as users type them: `6`, `6.5` or `6,5`.
enum ScoreInput {
  static let hint = Hint(.promptScoreHint)

  /// The score as written in files (`6`, `6.5`), or nil when it is not on the scale.
  static func parse(_ text: String) -> String? {
    let value = String(text.trimming(" ").map { $0 == "," ? "." : $0 })
    guard let number = DecimalText.parse(value), number >= 0, number <= 10,
      (number * 2).rounded() == number * 2
    else { return nil }
    return number == number.rounded() ? String(Int(number)) : String(number)
  }

  /// `parse`, or a usage error for `option`.
  static func parse(_ text: String, option: String, command: String) throws -> String {
    guard let score = parse(text) else {
      throw UsageError.invalidValue(text, for: option, command: command, hint: hint)
    }
    return score
  }
}
