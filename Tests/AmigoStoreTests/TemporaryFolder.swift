import Foundation

/// A new folder in the temporary directory (`amigo-LABEL-…`) holding `folders` and the files
/// `names`, file k holding k + 1 bytes so that the files' stamps differ (listing tests).
func temporaryFolder(_ label: String, _ names: [String], folders: [String] = []) throws -> String {
  let fm = FileManager.default
  let base = fm.temporaryDirectory.appendingPathComponent("amigo-\(label)-\(UUID().uuidString)")
    .path
  try fm.createDirectory(atPath: base, withIntermediateDirectories: true)
  for f in folders {
    try fm.createDirectory(atPath: base + "/" + f, withIntermediateDirectories: true)
  }
  for (k, n) in names.enumerated() {
    try Data(String(repeating: "x", count: k + 1).utf8).write(
      to: URL(fileURLWithPath: base + "/" + n))
  }
  return base
}
