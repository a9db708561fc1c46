import AmigoSchema
import AmigoStore
import Foundation

/// `new-child --family ID|new` and `--sibling-of CHILD`: the pseudonymous family id that links
/// sibling trajectories (`family:`). A family id is made up (`F-7KQ4`), never a surname: on the
/// command line only the shape amigo makes is taken, before anything is written.
extension NewChildCommand {
  /// The family the new child joins, and the sibling file to link when it had no family yet.
  struct FamilyChoice {
    var id: String
    /// A sibling without a family id: it gets `id` once the new file is written.
    var linkSibling: String?
  }

  /// The words `--family` takes for a new id.
  static let newFamilyWords: Set<String> = ["new", "nieuw"]

  /// The family id `--family` or `--sibling-of` asks for, or nil when neither is given.
  static func familyChoice(
    _ args: ParsedArguments, context: WorkspaceContext, paths: [String]
  ) throws -> FamilyChoice? {
    let name = spec.name
    let family = args.value("family")
    let sibling = args.value("sibling-of")
    if family != nil && sibling != nil {
      throw UsageError.invalidValue(
        sibling!, for: "--sibling-of <child>", command: name,
        hint: Hint(.cbFamilyOrSibling))
    }
    guard family != nil || sibling != nil else { return nil }
    let used = ChildLookup.familyIDs(paths)
    let taken: (String) -> Bool = { used.contains($0.uppercased()) }
    if let family {
      let text = family.trimming(" \t")
      if newFamilyWords.contains(text.lowercased()) {
        return FamilyChoice(id: try newFamilyID(context.env, isTaken: taken), linkSibling: nil)
      }
      guard let id = familyID(text) else {
        throw UsageError.invalidValue(
          family, for: "--family <family>", command: name,
          hint: Hint(.cbFamilyIdShape))
      }
      return FamilyChoice(id: id, linkSibling: nil)
    }
    guard let sibling else { return nil }
    let path = try context.resolve(sibling)
    let bytes = (try? FileSystem.read(path)) ?? []
    if let existing = SchemaDecoder.trajectory(bytes: bytes).family, !existing.isEmpty {
      return FamilyChoice(id: existing, linkSibling: nil)
    }
    return FamilyChoice(id: try newFamilyID(context.env, isTaken: taken), linkSibling: path)
  }

  /// `text` as a family id of the shape `newFamilyID` makes (`F-` and four characters of
  /// `IDAllocator.alphabet`, at least one a digit), upper-cased; nil for any other text. Only
  /// that shape is taken on the command line: a family id ends up in diffs and git logs, and a
  /// hand-made one (`de-Vries-2`, `F-BAKKER1`) can hold a surname. Files may hold other shapes
  /// (`FamilyRule` warns only about one without a digit); `--sibling-of` takes such an id.
  static func familyID(_ text: String) -> String? {
    let upper = text.uppercased()
    guard upper.hasPrefix("F-") else { return nil }
    let code = upper.dropFirst(2)
    guard code.count == IDAllocator.randomLength,
      code.allSatisfy({ IDAllocator.alphabet.contains($0) }), code.contains(where: \.isNumber)
    else { return nil }
    return upper
  }

  /// A new family id, `F-` and four characters holding a digit, not used in the workspace.
  static func newFamilyID(_ env: Environment, isTaken: (String) -> Bool) throws -> String {
    func draw<G: RandomNumberGenerator>(_ generator: inout G) -> String? {
      for _ in 0..<1000 {
        let code = IDAllocator.randomPart(using: &generator)
        guard code.contains(where: \.isNumber) else { continue }
        let id = "F-" + code
        if !isTaken(id) { return id }
      }
      return nil
    }
    var found: String?
    if let seed = env.variables["AMIGO_SEED"], !seed.isEmpty {
      var generator = SplitMix64(seed: "family " + seed)
      found = draw(&generator)
    } else {
      var generator = SystemRandomNumberGenerator()
      found = draw(&generator)
    }
    guard let found else {
      throw CommandError(
        message: env.language().text(.cbNoFreeFamilyId), status: .ioError)
    }
    return found
  }

  /// Gives the sibling the new family id, after the new file was written, and says what the
  /// family holds now.
  static func linkFamily(
    _ choice: FamilyChoice, newID: String, context: WorkspaceContext
  ) throws {
    let env = context.env
    if let path = choice.linkSibling {
      do {
        let result = try context.change(path) { editor, _ in
          try TrajectoryEdits.set(
            &editor, "family", .literal(choice.id), spec: Schemas.trajectory)
        }
        context.printWarnings(result)
      } catch {
        env.stderr.write(
          env.language().text(
            .ceFamilySiblingNotChanged, newID, choice.id, context.display(path)) + "\n")
        throw error
      }
    }
    let siblings = ChildLookup.siblings(
      family: choice.id, in: context.workspace,
      except: context.workspace.trajectoriesPath + "/" + newID + ".yaml")
    let list = siblings.map { $0.label.isEmpty ? $0.id : "\($0.label) (\($0.id))" }
    let language = env.language()
    env.stdout.write(
      (list.isEmpty
        ? language.text(.ceFamilyNoSiblings, choice.id)
        : language.text(.ceFamilySiblings, choice.id, list.joined(separator: ", "))) + "\n")
  }
}
