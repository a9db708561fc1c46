import AmigoSchema

/// The command line after the command name, split into options and positionals per the spec.
struct ParsedArguments: Sendable {
  var options: [String: [String]] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []

  func value(_ name: String) -> String? { options[name]?.last }
  func values(_ name: String) -> [String] { options[name] ?? [] }
  func flag(_ name: String) -> Bool { flags.contains(name) }
}

enum ArgumentParser {
  /// Splits `arguments` by `spec`: `--name value`, `--name=value`, `-n value`, flags, repeated
  /// options, and `--` to end options. Throws the first usage mistake.
  static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var i = 0
    var onlyPositionals = false
    while i < arguments.count {
      let arg = arguments[i]
      i += 1
      if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
        parsed.positionals.append(arg)
        continue
      }
      if arg == "--" {
        onlyPositionals = true
        continue
      }
      let option: OptionSpec
      var inlineValue: String?
      if arg.hasPrefix("--") {
        let body = arg.dropFirst(2)
        let name: String
        if let eq = body.firstIndex(of: "=") {
          name = String(body[..<eq])
          inlineValue = String(body[body.index(after: eq)...])
        } else {
          name = String(body)
        }
        guard let o = spec.option(named: name) else {
          throw .unknownOption(
            "--" + name, command: spec.name,
            suggestion: CommandLineSuggestion.nearest(name, in: spec.options.map(\.name)).map {
              "--" + $0
            })
        }
        option = o
      } else {
        let chars = Array(arg.dropFirst())
        guard chars.count == 1, let o = spec.option(short: chars[0]) else {
          throw .unknownOption(arg, command: spec.name, suggestion: nil)
        }
        option = o
      }
      if option.isFlag {
        if inlineValue != nil { throw .unexpectedValue(option.synopsis, command: spec.name) }
        parsed.flags.insert(option.name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if option.optionalValue && (i >= arguments.count || arguments[i].hasPrefix("-")) {
        value = ""
      } else {
        guard i < arguments.count else { throw .missingValue(option.synopsis, command: spec.name) }
        value = arguments[i]
        i += 1
      }
      if !option.repeatable && parsed.options[option.name] != nil {
        throw .repeatedOption(option.synopsis, command: spec.name)
      }
      parsed.options[option.name, default: []].append(value)
    }
    // Positionals against the declared arguments.
    let required = spec.arguments.filter { !$0.optional }.count
    if parsed.positionals.count < required {
      // A mistyped value first: it is the mistake to mend whatever else is added.
      throw OptionValues.invalidChoice(parsed, spec: spec)
        ?? .missingArgument(spec.arguments[parsed.positionals.count].name, command: spec.name)
    }
    if !(spec.arguments.last?.variadic ?? false) && parsed.positionals.count > spec.arguments.count
    {
      throw .unexpectedArgument(parsed.positionals[spec.arguments.count], command: spec.name)
    }
    try refuseControls(parsed, spec: spec)
    return parsed
  }

  /// Values of options that name a file or folder, or a delimiter (a tab is one): taken as
  /// they are.
  static let verbatimValues: Set<String> = ["file", "folder", "char"]

  /// Refuses an option value or a text argument that holds a control character (a tab or a
  /// line break aside where the value may span lines): no text in a file may hold one, so a
  /// writing command would otherwise refuse the file it was about to write, by a line of that
  /// file. The usage error names the option and says to give it again without the character.
  static func refuseControls(_ parsed: ParsedArguments, spec: CommandSpec) throws(UsageError) {
    func check(_ value: String, _ synopsis: String, lines: Bool) throws(UsageError) {
      switch forbiddenCharacter(in: value, lines: lines) {
      case nil: return
      case .breaksLine:
        throw .invalidValue(value, for: synopsis, command: spec.name, hint: Hint(.hintTabInOneLine))
      case .control(let code):
        throw .invalidValue(
          value, for: synopsis, command: spec.name, hint: Hint(.hintControlInValue, code))
      }
    }
    for option in spec.options {
      guard let valueName = option.valueName, !verbatimValues.contains(valueName) else {
        continue
      }
      for value in parsed.values(option.name) {
        try check(value, option.synopsis, lines: option.lines)
      }
    }
    for (i, argument) in spec.arguments.enumerated() where argument.text {
      for value in parsed.positionals.dropFirst(i).prefix(argument.variadic ? .max : 1) {
        try check(value, "<\(argument.name)>", lines: argument.lines)
      }
    }
  }

  /// A character no text in a file may hold, found by `forbiddenCharacter(in:lines:)`.
  enum ForbiddenCharacter: Equatable {
    /// A tab or a line break inside one line of text.
    case breaksLine
    /// Another control character, as the four hex digits of `U+XXXX`.
    case control(String)
  }

  /// The first character of `value` that no text in a file may hold: a C0 or C1 control
  /// character, or, unless the text may span `lines`, a tab or line break inside it (around it
  /// they are white space that is trimmed). The one rule for option values, text arguments
  /// and answers typed at a prompt (`Prompt.answer`).
  static func forbiddenCharacter(in value: String, lines: Bool) -> ForbiddenCharacter? {
    for scalar in value.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D:
        if !lines && value.trimming(" \t\r\n").unicodeScalars.contains(scalar) {
          return .breaksLine
        }
      // C0 and C1 controls, DEL, and bidirectional overrides and isolates (which would show
      // the text reordered in an editor or `git diff`): `ControlCharacterRule`'s set.
      case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return .control(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
      default: continue
      }
    }
    return nil
  }
}

/// "Did you mean" for words typed on the command line (commands, options, labels given as
/// options), as they are typed: SAP's rule. A word in a file is matched by
/// `Suggestions.nearest` instead, which folds case and accents first.
enum CommandLineSuggestion {
  /// The closest candidate that `word` is a typo of, if any: within an edit distance of 2, or
  /// of a third of the shorter word's length when that is more, and never 4 or more (SAP's
  /// rule). Three changes to an eight-letter word make another word: `nonsense` is no typo of
  /// `consent`, nor `xyz` of `fmt` (qa-walk p6); `lijst` is one of `list`.
  static func nearest(_ word: String, in candidates: [String]) -> String? {
    candidates.map { ($0, Suggestions.editDistance($0, word)) }
      .filter { candidate, d in
        d <= min(3, max(2, min(candidate.count, word.count) / 3))
      }
      .min { $0.1 < $1.1 }?.0
  }
}

extension CommandLineSuggestion {
  /// The value or Dutch word of `spec` that `word` (not one of them) is nearest to, as written
  /// in the spec: the same words in another order or run together (`schooloverleg` for
  /// `overleg-school`, `visithome` for `home-visit`), else a typo of one (`huisbezeok`),
  /// compared without case or accents, as `EnumSpec.resolve` compares.
  ///
  /// The words are those `resolve` takes: the values, their Dutch words, and a label that is
  /// one value's only, written with `-` for its spaces (`jeugdgezondheidszorg`, the label of
  /// `youth-health`, for `jeugdgezondheidzorg`). A word amigo does not know at all
  /// (`jeugdzorg`, before it was made a Dutch word of `youth-care`) gets no suggestion: its
  /// typos are further from every known word than a typo may be.
  static func nearest(_ word: String, in spec: EnumSpec) -> String? {
    var candidates = spec.values.flatMap { [$0.value] + $0.aliases }
    for label in spec.values.flatMap({ [$0.nl, $0.en] })
    where label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) {
      let typed = label.lowercased().split(separator: " ").joined(separator: "-")
      let key = foldForMatching(typed)
      guard !candidates.contains(where: { foldForMatching($0) == key }),
        spec.values.filter({ foldForMatching($0.nl) == key || foldForMatching($0.en) == key })
          .count == 1
      else { continue }
      candidates.append(typed)
    }
    let folded = foldForMatching(word)
    let runTogether = folded.filter { $0 != "-" }
    if !runTogether.isEmpty,
      let compound = candidates.first(where: {
        orders(foldForMatching($0).split(separator: "-").map(String.init))
          .contains(runTogether)
      })
    {
      return compound
    }
    // A typo by the rule for words in files, which allows fewer changes to a short word:
    // `fr` is no typo of `nl`.
    return Suggestions.nearest(word, in: candidates)
  }

  /// `parts` joined without a separator in each order (at most four parts; more are kept in
  /// their order).
  private static func orders(_ parts: [String]) -> Set<String> {
    guard parts.count > 1, parts.count <= 4 else { return [parts.joined()] }
    var out: Set<String> = []
    for (i, first) in parts.enumerated() {
      var rest = parts
      rest.remove(at: i)
      for tail in orders(rest) { out.insert(first + tail) }
    }
    return out
  }
}
