extension CompactTree {
  /// The document's tree in the compact form the fast path builds, so that one decoder reads
  /// both: what `CanonicalScanner` gives for a file in canonical layout, and this for any
  /// parsed file. Node ranges (`start`, `end`, `itemStart`) are the document's; every key and
  /// scalar value is stored decoded (after `source`'s file bytes for keys, in `decoded` for
  /// values), so quoting and block styles read as their values. Nil without a root.
  public init?(_ document: YAMLDocument) {
    guard let root = document.root else { return nil }
    var source = document.bytes
    var decoded: [UInt8] = []
    var nodes: [Node] = []

    func add(_ node: YAMLNode, key: YAMLScalar?, itemStart: Int) {
      let index = nodes.count
      var n = Node(
        kind: .scalar, style: .plain, collectionStyle: .block, isDecoded: false,
        start: Int32(clamping: node.start), end: Int32(clamping: node.end), valueStart: 0,
        valueEnd: 0, keyStart: -1, keyEnd: -1, itemStart: Int32(clamping: itemStart), next: 0)
      if let key {
        n.keyStart = Int32(clamping: source.count)
        source.append(contentsOf: key.value.utf8)
        n.keyEnd = Int32(clamping: source.count)
      }
      nodes.append(n)
      switch node {
      case .scalar(let s):
        nodes[index].style = s.style
        nodes[index].isDecoded = true
        nodes[index].valueStart = Int32(clamping: decoded.count)
        decoded.append(contentsOf: s.value.utf8)
        nodes[index].valueEnd = Int32(clamping: decoded.count)
      case .mapping(let m):
        nodes[index].kind = .mapping
        nodes[index].collectionStyle = m.style
        for entry in m.entries { add(entry.value, key: entry.key, itemStart: -1) }
      case .sequence(let s):
        nodes[index].kind = .sequence
        nodes[index].collectionStyle = s.style
        for item in s.items { add(item.value, key: nil, itemStart: item.start) }
      }
      nodes[index].next = Int32(clamping: nodes.count)
    }
    add(root, key: nil, itemStart: -1)
    self.init(source: source, decoded: decoded, nodes: nodes, text: document.source)
  }
}
