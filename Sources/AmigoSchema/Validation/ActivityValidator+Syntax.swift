import AmigoYAML

/// What the activity checks read of a file besides its decoded activity, the same from either
/// path: its text (for positions), the keys its root holds (a type's own fields are judged by
/// the keys present, not by the decoded record) and where the root's values are.
extension ActivityValidator {
  struct Syntax {
    let source: SourceText
    /// The root's keys in file order (a duplicate key too), each with where it lies
    /// (`range(_:)`).
    let keys: [(name: String, at: Place)]
    /// The range of the value of the root's first `name:` entry; nil when there is none.
    let valueRange: (String) -> SourceRange?

    /// Whether the root has a `name:` entry (`valueRange(name)` is not nil), without working
    /// out where.
    func has(_ name: String) -> Bool { keys.contains { $0.name == name } }

    /// Where a key lies: its range, or its bytes, made a range (line and column) only when a
    /// diagnostic needs it (most files have none).
    enum Place {
      case range(SourceRange)
      case bytes(Int, Int)
    }

    /// The range of `place`.
    func range(_ place: Place) -> SourceRange {
      switch place {
      case .range(let range): range
      case .bytes(let start, let end): source.range(start, end)
      }
    }

    /// From a parsed document.
    init(_ document: YAMLDocument, _ root: YAMLMapping) {
      source = document.source
      keys = root.entries.map { ($0.key.value, .range(document.range(of: $0.key))) }
      valueRange = { name in root[name].map { document.range(of: $0) } }
    }

    /// From the fast path's tree (`CanonicalScanner`): its node and key ranges are the parsed
    /// document's, byte for byte.
    init(_ tree: CompactTree) {
      let text = tree.text
      var keys: [(name: String, at: Place)] = []
      var values: [String: (start: Int, end: Int)] = [:]
      tree.withView { view in
        for child in view.children(view.root) {
          let node = view.nodes[child]
          let name = view.keyString(child)
          keys.append((name, .bytes(Int(node.keyStart), Int(node.keyEnd))))
          let (start, end) = view.range(child)
          if values[name] == nil { values[name] = (start, max(end, start)) }
        }
      }
      source = text
      self.keys = keys
      valueRange = { values[$0].map { text.range($0.start, $0.end) } }
    }
  }

  /// `Validator.controlCharacters(in:_:)` over the fast path's tree: control characters in keys
  /// and values, line breaks and tabs only in block text.
  static func controlCharacters(_ tree: CompactTree) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let text = tree.text
    tree.withView { view in
      /// Only bytes that may start a control character send a value through the full check.
      func suspect(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }
      }
      // `block` is found only for a suspect value (a key's string per scalar cost 3 %).
      func check(
        _ bytes: UnsafeBufferPointer<UInt8>, block: @autoclosure () -> Bool,
        _ path: () -> String, _ start: Int, _ end: Int
      ) {
        guard suspect(bytes) else { return }
        let block = block()
        guard
          let c = ControlCharacterRule.firstControl(
            in: String(decoding: bytes, as: UTF8.self), lineBreaks: block, tabs: block)
        else { return }
        out.append(
          SchemaDiagnostics.controlCharacterInValue(
            text.range(start, max(end, start)), field: path(), c))
      }
      // The entries on the way to a value, by node: its path is made only for a diagnostic.
      var entries: [Int] = []
      func path() -> String { entries.map { view.keyString($0) }.joined(separator: ".") }
      func walk(_ i: Int) {
        let node = view.nodes[i]
        switch node.kind {
        case .scalar:
          let block =
            node.style == .literal || node.style == .folded
            || (entries.last.map { Activity.multilineKeys.contains(view.keyString($0)) } ?? false)
          check(view.value(i), block: block, path, Int(node.start), Int(node.end))
        case .mapping:
          for child in view.children(i) {
            entries.append(child)
            let k = view.nodes[child]
            check(view.key(child), block: false, path, Int(k.keyStart), Int(k.keyEnd))
            walk(child)
            entries.removeLast()
          }
        case .sequence:
          for child in view.children(i) { walk(child) }
        }
      }
      walk(view.root)
    }
    return out
  }
}
