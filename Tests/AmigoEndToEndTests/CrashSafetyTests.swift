import AmigoSchema
import AmigoYAML
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `amigo log-session` killed with SIGKILL at random moments, and run 20 times at once: the
/// trajectory file is always exactly the old or the new version, never partial, and no write is
/// lost.
@Suite(.serialized, .enabled(if: AmigoBinary.isAvailable))
struct CrashSafetyTests {
  static let child = TempWorkspace.child

  /// Dates from September to November 2026, after the example child's consent.
  static func date(_ n: Int) -> String {
    let days = [(9, 30), (10, 31), (11, 19)]
    var k = n % (23 + 31 + 19)
    for (month, last) in days {
      let first = month == 9 ? 8 : 1
      if k <= last - first { return String(format: "2026-%02d-%02d", month, first + k) }
      k -= last - first + 1
    }
    return "2026-11-19"
  }

  static func logSession(_ ws: TempWorkspace, note: String, date: String) -> [String] {
    [
      "log-session", "K7Q4", "--dir", ws.root, "--today", TempWorkspace.today, "--date", date,
      "--note", note,
    ]
  }

  @Test func killedAtRandomMomentsTheFileIsOldOrNew() throws {
    let ws = try TempWorkspace("kill")
    let path = ws.trajectory(Self.child)

    // A few complete runs first: they must succeed, and they tell how long a run takes.
    var durations: [Double] = []
    for i in 0..<3 {
      let r = try amigo(Self.logSession(ws, note: "warm-up \(i)", date: Self.date(i)))
      #expect(r.exitCode == 0, "\(r): \(r.stderr)")
      durations.append(r.seconds)
    }
    let typical = durations.sorted()[1]

    var rng = SeededRandom(seed: 2026_11_19)
    var old = 0
    var new = 0
    var leftovers = Set<String>()
    for run in 0..<100 {
      let before = ws.bytes(path)
      let sessionsBefore = ws.validate(before).0?.sessions.count ?? -1
      let note = "killed run \(run)"
      // Most kills land late in the run, where the write happens; some anywhere.
      let delay =
        Double.random(in: 0..<1, using: &rng) < 0.3
        ? Double.random(in: 0..<typical, using: &rng)
        : Double.random(in: (0.6 * typical)..<(1.3 * typical), using: &rng)
      let r = try amigo(Self.logSession(ws, note: note, date: Self.date(run)), killAfter: delay)
      #expect(r.signal == SIGKILL || r.exitCode == 0, "run \(run): \(r) \(r.stderr)")

      let after = ws.bytes(path)
      if after == before {
        old += 1
      } else {
        guard let block = insertedBlock(before, after) else {
          Issue.record(
            "run \(run) (killed after \(delay) s): the file is neither the old version nor the old one with one inserted block:\n\(String(decoding: after, as: UTF8.self))"
          )
          break
        }
        #expect(occurrences(of: note, in: block) == 1, "run \(run)")
        #expect(occurrences(of: note, in: after) == 1, "run \(run)")
        let (trajectory, diagnostics) = ws.validate(after)
        #expect(!diagnostics.hasErrors, "run \(run): \(diagnostics.map(\.header))")
        #expect(trajectory?.sessions.count == sessionsBefore + 1, "run \(run)")
        new += 1
      }
      // Nothing but the trajectory and, from a kill between creating and renaming the
      // temporary file, `.ID.yaml.tmp-*` leftovers.
      for name in ws.strayFiles() {
        #expect(name.hasPrefix(".\(Self.child).yaml.tmp-"), "run \(run): stray file \(name)")
        leftovers.insert(name)
      }
    }
    #expect(old + new == 100)

    // Leftover temporary files are harmless: hidden, so validate, list and lookups skip them.
    let validate = try amigo(["validate", "--dir", ws.root, "--today", TempWorkspace.today])
    #expect(validate.exitCode == 0, "\(validate): \(validate.stdout)\(validate.stderr)")
    #expect(!(validate.stdout + validate.stderr).contains(".tmp-"))
    let list = try amigo(["list", "--dir", ws.root, "--today", TempWorkspace.today])
    #expect(list.exitCode == 0)
    #expect(!(list.stdout + list.stderr).contains(".tmp-"))
    // The next complete write removes what the killed ones left behind.
    let last = try amigo(Self.logSession(ws, note: "after the kills", date: Self.date(100)))
    #expect(last.exitCode == 0, "\(last): \(last.stderr)")
    #expect(ws.strayFiles().isEmpty, "\(ws.strayFiles())")
    let final = ws.bytes(path)
    #expect(occurrences(of: "killed run", in: final) == new)
    print(
      "CrashSafetyTests: 100 kills (typical run \(String(format: "%.3f", typical)) s): \(old) left the old file, \(new) the new one; \(leftovers.count) temporary file(s) left over"
    )
  }

  @Test func twentyConcurrentWritersLoseNothing() throws {
    let ws = try TempWorkspace("concurrent")
    let path = ws.trajectory(Self.child)
    let before = ws.bytes(path)
    let sessionsBefore = try #require(ws.validate(before).0).sessions.count
    guard let binary = AmigoBinary.path else { return }

    let processes = try (0..<20).map { i in
      try Spawn.start(
        binary, Self.logSession(ws, note: "concurrent writer \(i)", date: Self.date(i * 3)))
    }
    let results = processes.map { $0.wait(timeout: 60) }
    for (i, r) in results.enumerated() {
      #expect(r.exitCode == 0, "writer \(i): \(r) \(r.stderr)")
    }
    let after = ws.bytes(path)
    let (trajectory, diagnostics) = ws.validate(after)
    #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.header))")
    #expect(trajectory?.sessions.count == sessionsBefore + 20)
    for i in 0..<20 {
      #expect(occurrences(of: "concurrent writer \(i)\n", in: after) == 1, "writer \(i)")
    }
    // Sessions stay in date order.
    let dates = (trajectory?.sessions ?? []).compactMap(\.date)
    #expect(dates == dates.sorted())
    #expect(ws.strayFiles().isEmpty, "\(ws.strayFiles())")
  }
}
