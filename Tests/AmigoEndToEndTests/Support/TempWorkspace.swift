import AmigoSchema
import AmigoYAML
import Foundation
import _AmigoTestSupport

/// A copy of the example workspace (`Examples/caseload`) in a fresh temporary folder, removed
/// when the test is done.
final class TempWorkspace {
  static let child = "AOS-2026-K7Q4"
  static let today = "2026-11-19"

  let folder: TemporaryFolder
  var root: String { folder.root.path }

  init(_ label: String = "ws") throws {
    folder = try TemporaryFolder(prefix: "amigo-e2e-\(label)")
    try folder.copyExample(
      "caseload", to: "", only: ["amigo.yaml", "trajectories/\(Self.child).yaml"])
  }

  var trajectories: String { root + "/trajectories" }

  func trajectory(_ id: String) -> String { trajectories + "/\(id).yaml" }

  func bytes(_ path: String) -> [UInt8] {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
  }

  func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// Names in the trajectories folder other than the trajectory files themselves.
  func strayFiles() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: trajectories)) ?? []
    return names.filter { !($0.hasSuffix(".yaml") && !$0.hasPrefix(".")) }.sorted()
  }

  /// The workspace config, decoded.
  lazy var config: Config? = {
    let document = YAMLDocument(bytes: bytes(root + "/amigo.yaml"))
    return Validator.validateConfig(document).0
  }()

  /// Validates trajectory bytes in process, as `amigo validate` would.
  func validate(
    _ bytes: [UInt8], id: String = TempWorkspace.child
  ) -> (
    Trajectory?, [Diagnostic]
  ) {
    Validator.validateTrajectory(
      YAMLDocument(bytes: bytes), fileName: id, config: config,
      today: LocalDate(Self.today))
  }
}

/// A small, seeded pseudo-random generator (SplitMix64), so that every run does the same.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Lines of a file, split at LF (line endings kept), for comparing before and after.
func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
  var out: [ArraySlice<UInt8>] = []
  var start = 0
  for (i, b) in bytes.enumerated() where b == 0x0A {
    out.append(bytes[start...i])
    start = i + 1
  }
  if start < bytes.count { out.append(bytes[start...]) }
  return out
}

/// The lines `after` has in addition to `before` when `after` is `before` with one block of
/// lines inserted (and nothing else changed); nil otherwise.
func insertedBlock(_ before: [UInt8], _ after: [UInt8]) -> [UInt8]? {
  let a = lines(before)
  let b = lines(after)
  guard b.count > a.count else { return nil }
  var prefix = 0
  while prefix < a.count && a[prefix] == b[prefix] { prefix += 1 }
  var suffix = 0
  while suffix < a.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
    suffix += 1
  }
  guard prefix + suffix == a.count else { return nil }
  return Array(b[prefix..<(b.count - suffix)].joined())
}

/// How often `needle` occurs in `haystack`.
func occurrences(of needle: String, in haystack: [UInt8]) -> Int {
  String(decoding: haystack, as: UTF8.self).components(separatedBy: needle).count - 1
}
