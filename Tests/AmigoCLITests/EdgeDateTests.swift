import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Today at the ends of the calendar (`--today 0001-01-01`, `9999-12-31`): the commands that
/// count weeks back from today answer, without a trap (QA of issue 32: the ISO week of a day
/// before 0001-01-04 lies in year 0).
@Suite struct EdgeDateTests {
  @Test(arguments: ["0001-01-01", "0001-01-02", "9999-12-31"])
  func commandsAnswerAtTheEndsOfTheCalendar(_ today: String) throws {
    let copy = try ExampleWorkspaceCopy("caseload")
    let dir = copy.work
    let date = try #require(LocalDate(today))
    for args in [
      ["validate"], ["show", "K7Q4"], ["report", "--child", "K7Q4"], ["report", "--week"],
      ["list", "--all"],
    ] {
      let env = Environment(currentDirectory: dir.path, today: date)
      let status = Amigo.run(args + ["--today", today], environment: env)
      // Files dated after such a today are errors; what counts is an answer, not a trap.
      #expect([.success, .failure].contains(status), "\(args): \(env.stderr.text)")
    }
  }

  @Test(arguments: ["0000", "0000/0001", "0000-Q1", "0000-01", "0000-W01", "-001-W01"])
  func periodsAndWeeksOfYearZeroAreRefused(_ text: String) throws {
    let copy = try ExampleWorkspaceCopy("caseload")
    let dir = copy.work
    let option = text.contains("W") ? "--week" : "--period"
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(["report", option, text], environment: env)
    #expect(status == .usage, "\(text): \(env.stderr.text)")
  }
}

/// A file whose name is not UTF-8 is named as such, with what to do, not as a missing file
/// (QA of issue 32).
@Suite struct NonUTF8FileNameTests {
  @Test func validateSaysTheNameIsNotUTF8() throws {
    let copy = try ExampleWorkspaceCopy("kansencoach")
    let dir = copy.work
    let source = dir.path + "/trajectories/KC-2026-109Y.yaml"
    // `trajectories/\xff.yaml`, made with the bytes of the name.
    var name = Array((dir.path + "/trajectories/").utf8)
    name += [0xFF] + Array(".yaml".utf8) + [0]
    let bytes = try Data(contentsOf: URL(fileURLWithPath: source))
    let fd = name.withUnsafeBufferPointer { p in
      p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: name.count) {
        open($0, O_WRONLY | O_CREAT | O_EXCL, 0o600)
      }
    }
    #expect(fd >= 0)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(["validate", "--lang", "en"], environment: env)
    #expect(status == .failure)
    let said = env.stdout.text + env.stderr.text
    #expect(said.contains("error[unreadable-file]: the file name is not valid UTF-8"), "\(said)")
    #expect(said.contains("rename the file to its id"), "\(said)")
  }
}
