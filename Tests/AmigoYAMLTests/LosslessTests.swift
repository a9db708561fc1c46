import AmigoYAML
import Testing

@Suite struct LosslessTests {
  static let inputs: [String] = [
    "",
    "a: 1",
    "a: 1\n",
    "\u{FEFF}a: 1\r\nb: 2\r\n",
    "a: 1\r\nb: 2\nc: 3",
    "# only a comment\n\n\n",
    "key: 'quoted ''x'''   # trailing comment\nlist:\n- a\n-   b\n",
    "note: |+\n  keep\n\n\n",
  ]

  @Test(arguments: inputs)
  func printsBackByteForByte(_ text: String) {
    let document = YAMLDocument(parsing: text)
    #expect(document.isValid)
    #expect(document.text == text)
    #expect(document.bytes == Array(text.utf8))
  }

  @Test func byteOrderMarkAndCRLFDoNotLeakIntoValues() {
    let document = YAMLDocument(parsing: "\u{FEFF}a: x\r\nb:\r\n  - y\r\n")
    #expect(document.value == .mapping([("a", .string("x")), ("b", .sequence([.string("y")]))]))
  }
}
