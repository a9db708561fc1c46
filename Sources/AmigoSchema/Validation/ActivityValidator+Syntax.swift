import AmigoYAML

/// What the activity checks read of a file besides its decoded activity, the same from either
/// path: its text (for positions), the keys its root holds (a type's own fields are judged by
/// the keys present, not by the decoded record) and where the root's values are.
extension ActivityValidator {
  struct Syntax {
    let source: SourceText
    /// The root's keys in file order (a duplicate key too), each with its range.
    let keys: [(name: String, range: SourceRange)]
    /// The range of the value of the root's first `name:` entry; nil when there is none.
    let valueRange: (String) -> SourceRange?

    /// From a parsed document.
    init(_ document: YAMLDocument, _ root: YAMLMapping) {
      source = document.source
      keys = root.entries.map { ($0.key.value, document.range(of: $0.key)) }
      valueRange = { name in root[name].map { document.range(of: $0) } }
    }

    /// From the fast path's tree (`CanonicalScanner`): its node and key ranges are the parsed
    /// document's, byte for byte.
    init(_ tree: CompactTree) {
      let text = tree.text
      var keys: [(name: String, range: SourceRange)] = []
      var values: [String: SourceRange] = [:]
      tree.withView { view in
        for child in view.children(view.root) {
          let node = view.nodes[child]
          let name = view.keyString(child)
          keys.append((name, text.range(Int(node.keyStart), Int(node.keyEnd))))
          let (start, end) = view.range(child)
          if values[name] == nil { values[name] = text.range(start, max(end, start)) }
        }
      }
      source = text
      self.keys = keys
      valueRange = { values[$0] }
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
      func check(
        _ bytes: UnsafeBufferPointer<UInt8>, block: Bool, _ path: String, _ start: Int, _ end: Int
      ) {
        guard suspect(bytes),
          let c = ControlCharacterRule.firstControl(
            in: String(decoding: bytes, as: UTF8.self), lineBreaks: block, tabs: block)
        else { return }
        out.append(
          SchemaDiagnostics.controlCharacterInValue(
            text.range(start, max(end, start)), field: path, c))
      }
      func walk(_ i: Int, _ path: String) {
        let node = view.nodes[i]
        switch node.kind {
        case .scalar:
          let block = node.style == .literal || node.style == .folded
          check(view.value(i), block: block, path, Int(node.start), Int(node.end))
        case .mapping:
          for child in view.children(i) {
            let key = view.keyString(child)
            let here = path.isEmpty ? key : path + "." + key
            let k = view.nodes[child]
            check(view.key(child), block: false, here, Int(k.keyStart), Int(k.keyEnd))
            walk(child, here)
          }
        case .sequence:
          for child in view.children(i) { walk(child, path) }
        }
      }
      walk(view.root, "")
    }
    return out
  }
}
