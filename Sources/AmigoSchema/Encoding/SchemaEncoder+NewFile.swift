import AmigoYAML

extension SchemaEncoder {
  /// A new file's text from its model, through the fields' `encode:` bindings: the header
  /// lines, then the fields in schema order laid out as the example files are — the scalar
  /// fields together, each list or object field a section of its own after a blank line.
  public static func newFile<Model>(
    _ model: Model, _ spec: ObjectSpec, header: [String] = []
  ) throws(YAMLEditError) -> String {
    guard case .mapping(let entries, _) = content(model, spec) else { return "" }
    var sections: [[(String, YAMLContent)]] = []
    var afterScalar = false
    for entry in entries {
      let isScalar: Bool
      switch entry.1 {
      case .text, .literal: isScalar = true
      case .sequence, .mapping: isScalar = false
      }
      if isScalar && afterScalar {
        sections[sections.count - 1].append(entry)
      } else {
        sections.append([entry])
      }
      afterScalar = isScalar
    }
    return try DocumentEmitter.document(header: header, sections: sections)
  }
}

extension FieldEncoder {
  /// An object on one line (`{date: 2026-11-19, sessions: 4}`); nil when absent or empty.
  public func flowObject<M>(_ model: M?) -> YAMLContent? {
    guard case .mapping(let entries, _)? = object(model) else { return nil }
    return .mapping(entries, flow: true)
  }
}
