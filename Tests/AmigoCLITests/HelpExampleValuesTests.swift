import AmigoReports
import AmigoSchema
import Testing

@testable import AmigoCLI

/// QA: `meeting` and `contact` help showed `--theme sleep`, `contact` and `coach` help
/// `--theme conflict`: neither is a built-in concern, so the examples exited 64 in every
/// workspace. Every value a help example gives an option with a fixed set of values (declared
/// on the option, `OptionSpec.values`) is one the command accepts in any workspace: built-in
/// values only, not a workspace's own.
@Suite struct HelpExampleValuesTests {
  @Test func everyExampleValueIsAccepted() throws {
    var checked = 0
    for command in Amigo.commands {
      let spec = command.spec
      for line in spec.examples {
        let words = TerminalWidthTests.words(line)
        guard words.count > 2, words[0] == "amigo", words[1] == spec.name else { continue }
        let end = words.firstIndex { ["|", ">", "&&", "<"].contains($0) } ?? words.count
        let parsed = try ArgumentParser.parse(Array(words[2..<end]), spec: spec)
        for (name, values) in parsed.options {
          guard let source = spec.option(named: name)?.values else { continue }
          for text in values.flatMap({ $0.split(separator: ",").map(String.init) }) {
            let accepted: Bool
            switch source {
            case .values(let e), .vocabulary(let e):
              accepted = name == "lang" ? Language(resolving: text) != nil : e.resolve(text) != nil
            case .words(let w): accepted = w.contains { $0.0 == text }
            default: continue
            }
            checked += 1
            #expect(accepted, "'\(line)': --\(name) \(text) is not a value amigo accepts")
          }
        }
      }
    }
    #expect(checked > 40)
  }
}
