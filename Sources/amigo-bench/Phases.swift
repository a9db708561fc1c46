// amigo-bench phases: where the time of whole-workspace validation goes, phase by phase, on one
// core, with every file already in memory (no I/O). For BENCHMARKS.md's "what dominates".
import AmigoSchema
import AmigoYAML
import Foundation

let phasesHelp = """
  USAGE: amigo-bench phases DIR [--today DATE] [--only PHASE]

  Reads every DIR/trajectories/*.yaml into memory, then times on one core, each over all files:
  parsing, the schema check, decoding the model, and the whole validation (parse, check, decode,
  every rule). Prints `phase: seconds` lines. `--only fast` times only the phases whose name
  starts with `fast` (for a profiler).
  """

func phases(_ args: [String]) -> Int32 {
  guard let dir = args.first else {
    print(phasesHelp)
    return 64
  }
  var today = LocalDate(year: 2026, month: 11, day: 19)
  if let i = args.firstIndex(of: "--today"), i + 1 < args.count { today = LocalDate(args[i + 1]) }
  let folder = dir + "/trajectories"
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    .filter { $0.hasSuffix(".yaml") }.sorted()
  let files = names.map { [UInt8](FileManager.default.contents(atPath: folder + "/" + $0)!) }
  let configBytes = [UInt8](FileManager.default.contents(atPath: dir + "/amigo.yaml") ?? Data())
  let config = Validator.validateConfig(YAMLDocument(bytes: configBytes)).0
  print("files: \(files.count)")
  print("bytes: \(files.reduce(0) { $0 + $1.count })")

  let only = args.firstIndex(of: "--only").map { args[$0 + 1] }
  func time(_ label: String, _ body: () -> Int) {
    if let only, !label.hasPrefix(only) { return }
    let start = DispatchTime.now().uptimeNanoseconds
    let n = body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print("\(label): \(String(format: "%.3f", seconds)) s (\(n))")
  }
  let documents = only == nil ? files.map { YAMLDocument(bytes: $0) } : []
  time("parse") { files.reduce(0) { $0 + (YAMLDocument(bytes: $1).root == nil ? 0 : 1) } }
  time("check") {
    documents.reduce(0) { $0 + SchemaChecker.check($1, against: Schemas.trajectory).count }
  }
  time("decode") { documents.reduce(0) { $0 + SchemaDecoder.trajectory($1).sessions.count } }
  time("fast decode (canonical files)") {
    files.reduce(0) { $0 + (FastDecoder.trajectory($1) == nil ? 0 : 1) }
  }
  time("validate, no warning rules") {
    files.reduce(0) {
      $0
        + Validator.validateTrajectory(
          bytes: $1, fileName: nil, config: config, today: today, warnings: false
        ).1.count
    }
  }
  time("validate") {
    files.reduce(0) {
      $0
        + Validator.validateTrajectory(bytes: $1, fileName: nil, config: config, today: today).1
        .count
    }
  }
  return 0
}
