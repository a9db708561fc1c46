import AmigoStore
import AmigoYAML
import Testing
import _AmigoTestSupport

@Suite struct ChildLookupTests {
  /// Finding a child by label reads every file's `child.label`: through the canonical scanner
  /// where it can, with the parser otherwise; both give the same label for every fixture.
  @Test func labelsAreReadTheSameOnBothPaths() {
    let files = Fixtures.yamlFiles()
    var fast = 0
    for file in files {
      let parsed =
        YAMLDocument(bytes: file.bytes).node(at: ["child", "label"])?.scalar?.value ?? ""
      #expect(ChildLookup.label(in: file.bytes) == parsed, "\(file.path)")
      if CanonicalScanner.scan(file.bytes) != nil { fast += 1 }
    }
    #expect(fast >= 50)
    #expect(files.contains { !(ChildLookup.label(in: $0.bytes)).isEmpty })
  }
}
