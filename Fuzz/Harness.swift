// libFuzzer target for amigo's YAML layer and schema layer. Not part of the SwiftPM graph:
// `Fuzz/run` compiles it with `swiftc -sanitize=fuzzer,address` against the sources of
// `AmigoYAML` and `AmigoSchema`. See FUZZING.md.
//
// For every input it checks:
// - lossless reading: the document's bytes are the input;
// - every diagnostic has a 1-based position inside the file, and its end is not before its start;
// - a document without errors has a value that survives a round trip through amigo's JSON writer
//   (parsed back by an independent reader below), and `isValid` agrees with the diagnostics;
// - the schema layer (`Validator.validateTrajectory`, `Validator.validateConfig`) returns, with
//   positions in range, with and without a workspace config;
// - on valid inputs, a few `YAMLEditor` edits chosen from the input: each one either throws or
//   leaves a valid document whose value is exactly the intended one;
// - on valid inputs, `WhitespaceFormatter` keeps the value;
// - the fast path: what `CanonicalScanner` reads, the parser reads without a diagnostic; what
//   `FastDecoder` decodes, the schema checker accepts and `ModelDecoder` decodes the same; and
//   validating from the bytes (fast path first) gives exactly the diagnostics and trajectory of
//   validating the parsed document.
//
// With `AMIGO_FUZZ_STRICT=1`, results that amigo reports as its own bug (an edit refused with
// `unsafeResult`, the formatter answering `.unsafe`) also count as failures.

import AmigoSchema
import AmigoYAML

#if canImport(Glibc)
  import Glibc
#endif

// MARK: - Entry point

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
  FuzzCase(input: input).run()
  return 0
}

// MARK: - Settings

private let strict: Bool = {
  guard let v = getenv("AMIGO_FUZZ_STRICT") else { return false }
  return String(cString: v) == "1"
}()

private let today = LocalDate(year: 2026, month: 11, day: 19)

/// Known, reported bugs to step over so that fuzzing can go on while they are open
/// (comma-separated in `AMIGO_FUZZ_IGNORE`). See FUZZING.md.
/// - `utf8-columns` (bug 5, fixed in 8de8945): around invalid UTF-8 a range could end before
///   it starts.
private let ignored: Set<String> = {
  guard let v = getenv("AMIGO_FUZZ_IGNORE") else { return [] }
  return Set(String(cString: v).split(separator: ",").map(String.init))
}()

/// The example workspace's config, when `AMIGO_FUZZ_CONFIG` names a readable `amigo.yaml`.
private let exampleConfig: Config? = {
  guard let p = getenv("AMIGO_FUZZ_CONFIG"), let bytes = readFile(String(cString: p)) else {
    return nil
  }
  let (config, diagnostics) = Validator.validateConfig(YAMLDocument(bytes: bytes))
  return diagnostics.hasErrors ? nil : config
}()

private func readFile(_ path: String) -> [UInt8]? {
  guard let f = fopen(path, "rb") else { return nil }
  defer { fclose(f) }
  var out: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65536)
  while true {
    let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, 65536, f) }
    if n <= 0 { break }
    out += chunk[0..<n]
  }
  return out
}

/// Stops the run with a message; libFuzzer saves the input as a crash artifact.
private func fail(_ message: @autoclosure () -> String) -> Never {
  let text = Array("amigo-fuzz: invariant violated: \(message())\n".utf8)
  _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  abort()
}

// MARK: - One input

private struct FuzzCase {
  let input: [UInt8]
  var isUTF8: Bool { String(validating: input, as: UTF8.self) != nil }

  func run() {
    let document = YAMLDocument(bytes: input)
    if document.bytes != input { fail("document.bytes differs from the input") }
    checkPositions(document.diagnostics, in: document, layer: "parser")
    let hasErrors = document.diagnostics.contains { $0.severity == .error }
    if document.isValid == hasErrors { fail("isValid disagrees with the diagnostics") }
    for d in document.diagnostics where d.range == nil {
      fail("parser diagnostic without a position: \(d.header)")
    }

    if document.isValid, let value = document.value {
      checkJSONRoundTrip(value)
    }

    // The schema layer, with and without a config.
    let name = "AOS-2026-K7Q4"
    let (_, plain) = Validator.validateTrajectory(
      document, fileName: name, config: nil, today: today)
    checkPositions(plain, in: document, layer: "validateTrajectory")
    if let config = exampleConfig {
      let (full, withConfig) = Validator.validateTrajectory(
        document, fileName: name, config: config, today: today)
      checkPositions(withConfig, in: document, layer: "validateTrajectory+config")
      let (quick, quickDiagnostics, _) = Validator.validateTrajectory(
        bytes: input, fileName: name, config: config, today: today)
      if quickDiagnostics != withConfig {
        fail("validating the bytes gives other diagnostics than validating the document")
      }
      if quick != full { fail("validating the bytes gives another trajectory") }
    }
    if CanonicalScanner.scan(input) != nil && !document.diagnostics.isEmpty {
      fail("the canonical scanner read a file the parser rejects")
    }
    if let fast = FastDecoder.trajectory(input) {
      if !SchemaChecker.check(document, against: Schemas.trajectory).isEmpty {
        fail("the fast decoder accepted a file with schema problems")
      }
      if fast != ModelDecoder.trajectory(document) {
        fail("the fast decoder decodes another trajectory than the model decoder")
      }
    }
    let (config, configDiagnostics) = Validator.validateConfig(document)
    checkPositions(configDiagnostics, in: document, layer: "validateConfig")
    if let config {
      // A config read from this input, used on the input as a trajectory.
      let (_, d) = Validator.validateTrajectory(
        document, fileName: nil, config: config, today: nil)
      checkPositions(d, in: document, layer: "validateTrajectory+own-config")
    }

    if document.isValid {
      checkFormatter(document)
      checkEdits(document)
    }
  }

  // MARK: Positions

  func checkPositions(_ diagnostics: [Diagnostic], in document: YAMLDocument, layer: String) {
    let source = document.source
    let lines = max(1, source.lineCount)
    for d in diagnostics {
      guard let r = d.range else { continue }
      for p in [r.start, r.end] {
        guard p.line >= 1, p.line <= lines, p.column >= 1 else {
          fail("\(layer): position \(p) out of range (\(lines) lines): \(d.header)")
        }
        // A column counts characters, never more than the line's bytes (plus one past the end
        // and one for the line break).
        let index = p.line - 1
        let length =
          source.bytes.isEmpty ? 0 : source.lineEnd(index) - source.lineStart(index)
        if p.column > length + 2 {
          fail("\(layer): column \(p.column) beyond line \(p.line) (\(length) bytes): \(d.header)")
        }
      }
      if r.end < r.start && !(ignored.contains("utf8-columns") && !isUTF8) {
        fail("\(layer): range ends before it starts: \(r) \(d.header)")
      }
      if d.code.isEmpty || d.message.isEmpty { fail("\(layer): empty code or message") }
    }
  }

  // MARK: JSON

  func checkJSONRoundTrip(_ value: YAMLValue) {
    let json = value.json
    var reader = JSONReader(Array(json.utf8))
    guard let back = reader.document() else {
      fail("amigo's JSON for a valid document does not parse: \(json.prefix(200))")
    }
    if back != value { fail("the JSON round trip changes the value: \(json.prefix(200))") }
  }

  // MARK: Formatter

  func checkFormatter(_ document: YAMLDocument) {
    switch WhitespaceFormatter.format(document) {
    case .unchanged:
      break
    case .invalid:
      fail("the formatter calls a valid document invalid")
    case .unsafe:
      if strict { fail("the formatter refused (unsafe) a valid document") }
    case .formatted(let bytes):
      let formatted = YAMLDocument(bytes: bytes)
      if !formatted.isValid {
        fail("formatting made the document invalid: \(formatted.diagnostics.first!.header)")
      }
      if formatted.value != document.value { fail("formatting changed the value") }
      if strict, WhitespaceFormatter.format(formatted) != .unchanged {
        fail("formatting is not idempotent")
      }
    }
  }

  // MARK: Edits

  func checkEdits(_ document: YAMLDocument) {
    guard let root = document.root else { return }
    var targets: [(YAMLPath, YAMLNode)] = []
    collect(root, at: .root, into: &targets)
    guard !targets.isEmpty else { return }
    var strings = Self.tricky
    collectStrings(document.value, into: &strings)

    var rng = SplitMix(seed: fnv1a(input))
    guard var editor = try? YAMLEditor(document) else {
      fail("YAMLEditor refuses a valid document")
    }
    for _ in 0..<6 {
      guard let currentRoot = editor.document.root else { return }
      var current: [(YAMLPath, YAMLNode)] = []
      collect(currentRoot, at: .root, into: &current)
      guard !current.isEmpty else { return }
      let (path, node) = current[rng.below(current.count)]
      let before = editor.document.value ?? .string("")
      let text = strings[rng.below(strings.count)]
      let content: YAMLContent =
        switch rng.below(4) {
        case 0: .literal(text)
        case 1:
          .mapping([
            ("date", .literal("2026-11-19")), ("kind", .literal("child-talk")),
            ("note", .text(text)),
          ])
        case 2: .sequence([.text(text), .literal("g1")], flow: rng.below(2) == 0)
        default: .text(text)
        }
      var expected: YAMLValue?
      var operation = ""
      var attempt = editor
      do {
        switch (node, rng.below(3)) {
        case (.scalar, 0), (.scalar, 1):
          expected = replaced(before, at: path.components[...]) { _ in content.value }
          operation = "set"
          try attempt.set(path, to: content)
        case (.sequence(let s), 0):
          expected = replaced(before, at: path.components[...]) {
            guard case .sequence(var items) = $0 else { return $0 }
            items.append(content.value)
            return .sequence(items)
          }
          _ = s
          operation = "append"
          try attempt.append(content, to: path)
        case (.sequence(let s), 1):
          let index = rng.below(s.items.count + 1)
          expected = replaced(before, at: path.components[...]) {
            guard case .sequence(var items) = $0 else { return $0 }
            items.insert(content.value, at: index)
            return .sequence(items)
          }
          operation = "insert at \(index)"
          try attempt.insert(content, into: path, at: index)
        case (.mapping(let m), 0), (.mapping(let m), 1):
          let key = strings[rng.below(strings.count)]
          let after = m.entries.isEmpty ? nil : m.entries[rng.below(m.entries.count)].key.value
          expected = replaced(before, at: path.components[...]) {
            guard case .mapping(var entries) = $0 else { return $0 }
            let i =
              after.flatMap { a in entries.firstIndex(where: { $0.0 == a }).map { $0 + 1 } }
              ?? entries.count
            entries.insert((key, content.value), at: i)
            return .mapping(entries)
          }
          operation = "add key \(key.debugDescription) after \(after.debugDescription)"
          try attempt.add(key: key, content, to: path, after: after)
        default:
          // Remove the node from its parent.
          guard let parent = path.parent, let last = path.components.last else { continue }
          expected = replaced(before, at: parent.components[...]) {
            switch ($0, last) {
            case (.sequence(var items), .index(let i)):
              items.remove(at: i)
              return .sequence(items)
            case (.mapping(var entries), .key(let k)):
              if let i = entries.firstIndex(where: { $0.0 == k }) { entries.remove(at: i) }
              return .mapping(entries)
            default:
              return $0
            }
          }
          operation = "remove"
          try attempt.remove(path)
        }
      } catch {
        // Emptying the root mapping or list cannot be written as a block collection; the
        // editor refuses it as unsafe, which is right.
        let emptiesRoot =
          path.components.count == 1 && operation == "remove"
          && (expected == .mapping([]) || expected == .sequence([]))
        if strict, !emptiesRoot, case .unsafeResult(let why) = error {
          fail(
            "\(operation) at \(path) with \(content) refused as unsafe: \(why)\n--- document:\n"
              + editor.document.text)
        }
        continue
      }
      let after = attempt.document
      if !after.isValid {
        fail(
          "\(operation) at \(path) with \(content) made the document invalid: \(after.diagnostics.first!.header)"
        )
      }
      let reread = YAMLDocument(bytes: after.bytes)
      if !reread.isValid || reread.value != after.value {
        fail("\(operation) at \(path): the written bytes read back differently")
      }
      if let expected, (after.value ?? .string("")) != expected {
        fail(
          "\(operation) at \(path) with \(content): value \((after.value ?? .string("")).json.prefix(300)) "
            + "expected \(expected.json.prefix(300))")
      }
      editor = attempt
    }
  }

  /// Every node with its path, at most 64, in document order.
  func collect(_ node: YAMLNode, at path: YAMLPath, into out: inout [(YAMLPath, YAMLNode)]) {
    guard out.count < 64 else { return }
    out.append((path, node))
    switch node {
    case .scalar: break
    case .mapping(let m):
      var seen = Set<String>()
      for e in m.entries where seen.insert(e.key.value).inserted {
        collect(e.value, at: path.appending(key: e.key.value), into: &out)
      }
    case .sequence(let s):
      for (i, item) in s.items.enumerated() {
        collect(item.value, at: path.appending(index: i), into: &out)
      }
    }
  }

  func collectStrings(_ value: YAMLValue?, into out: inout [String]) {
    guard let value, out.count < 64 else { return }
    switch value {
    case .string(let s): out.append(s)
    case .sequence(let items): for i in items { collectStrings(i, into: &out) }
    case .mapping(let entries):
      for (k, v) in entries {
        out.append(k)
        collectStrings(v, into: &out)
      }
    }
  }

  /// `value` with the node at `path` replaced by `f(node)`.
  func replaced(
    _ value: YAMLValue, at path: ArraySlice<YAMLPath.Component>, _ f: (YAMLValue) -> YAMLValue
  ) -> YAMLValue {
    guard let first = path.first else { return f(value) }
    let rest = path.dropFirst()
    switch (value, first) {
    case (.mapping(var entries), .key(let k)):
      if let i = entries.firstIndex(where: { $0.0 == k }) {
        entries[i].1 = replaced(entries[i].1, at: rest, f)
      }
      return .mapping(entries)
    case (.sequence(var items), .index(let i)) where items.indices.contains(i):
      items[i] = replaced(items[i], at: rest, f)
      return .sequence(items)
    default:
      return value
    }
  }

  static let tricky: [String] = [
    "", " ", "x", " lead", "trail ", "a: b", "a:b", "# x", "x #y", "x# y", "- x", "-", "--- x",
    "...", "? x", "'q'", "\"d\"", "it's", "line1\nline2", "two\n\nbreaks", "trailing\n", "\n",
    "tab\there", "\t", "[a]", "{a: b}", "a, b", "null", "~", "yes", "0.5", "0x1F", "2026-11-19",
    "@x", "`x", "%x", "!x", "&x", "*x", "|", ">", "ü", "\u{FEFF}x", "\r", "a\rb", "\u{85}",
    "\u{2028}", "\\", "\\n", "é\u{301}", "👩‍👧", "\u{0}", "\u{7F}", "\u{9F}", "g1",
  ]
}

// MARK: - Helpers

private func fnv1a(_ bytes: [UInt8]) -> UInt64 {
  var h: UInt64 = 0xcbf2_9ce4_8422_2325
  for b in bytes {
    h ^= UInt64(b)
    h = h &* 0x100_0000_01b3
  }
  return h
}

private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
}

/// A strict JSON reader (RFC 8259) that keeps key order, independent of amigo's writer.
private struct JSONReader {
  let b: [UInt8]
  var i = 0
  var depth = 0

  init(_ bytes: [UInt8]) { b = bytes }

  mutating func document() -> YAMLValue? {
    guard let v = value(), i == b.count else { return nil }
    return v
  }

  mutating func value() -> YAMLValue? {
    guard i < b.count, depth < 1000 else { return nil }
    switch b[i] {
    case 0x22: return string().map { .string($0) }
    case 0x5B:
      depth += 1
      defer { depth -= 1 }
      i += 1
      var items: [YAMLValue] = []
      if i < b.count && b[i] == 0x5D {
        i += 1
        return .sequence(items)
      }
      while true {
        guard let v = value() else { return nil }
        items.append(v)
        guard i < b.count else { return nil }
        if b[i] == 0x2C {
          i += 1
          continue
        }
        if b[i] == 0x5D {
          i += 1
          return .sequence(items)
        }
        return nil
      }
    case 0x7B:
      depth += 1
      defer { depth -= 1 }
      i += 1
      var entries: [(String, YAMLValue)] = []
      if i < b.count && b[i] == 0x7D {
        i += 1
        return .mapping(entries)
      }
      while true {
        guard i < b.count, b[i] == 0x22, let k = string(), i < b.count, b[i] == 0x3A else {
          return nil
        }
        i += 1
        guard let v = value() else { return nil }
        entries.append((k, v))
        guard i < b.count else { return nil }
        if b[i] == 0x2C {
          i += 1
          continue
        }
        if b[i] == 0x7D {
          i += 1
          return .mapping(entries)
        }
        return nil
      }
    default:
      return nil
    }
  }

  mutating func string() -> String? {
    i += 1
    var out: [UInt8] = []
    var pendingHigh: UInt32?
    while i < b.count {
      let c = b[i]
      if c == 0x22 {
        i += 1
        if pendingHigh != nil { return nil }
        return String(validating: out, as: UTF8.self)
      }
      if c < 0x20 { return nil }
      if c != 0x5C {
        if pendingHigh != nil { return nil }
        out.append(c)
        i += 1
        continue
      }
      guard i + 1 < b.count else { return nil }
      let e = b[i + 1]
      i += 2
      var scalar: UInt32
      switch e {
      case 0x22: scalar = 0x22
      case 0x5C: scalar = 0x5C
      case 0x2F: scalar = 0x2F
      case 0x62: scalar = 8
      case 0x66: scalar = 12
      case 0x6E: scalar = 10
      case 0x72: scalar = 13
      case 0x74: scalar = 9
      case 0x75:
        guard i + 4 <= b.count,
          let v = UInt32(String(decoding: b[i..<i + 4], as: UTF8.self), radix: 16)
        else { return nil }
        i += 4
        scalar = v
      default: return nil
      }
      if let high = pendingHigh {
        guard scalar >= 0xDC00 && scalar <= 0xDFFF else { return nil }
        scalar = 0x10000 + ((high - 0xD800) << 10) + (scalar - 0xDC00)
        pendingHigh = nil
      } else if scalar >= 0xD800 && scalar <= 0xDBFF {
        pendingHigh = scalar
        continue
      }
      guard let u = Unicode.Scalar(scalar) else { return nil }
      out.append(contentsOf: Array(String(Character(u)).utf8))
    }
    return nil
  }
}
