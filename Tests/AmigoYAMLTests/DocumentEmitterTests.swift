import AmigoYAML
import Testing

@Suite struct DocumentEmitterTests {
  @Test func sectionsAreSeparatedByOneBlankLine() throws {
    let text = try DocumentEmitter.document(
      header: ["# a comment"],
      sections: [
        [("schema", .literal("amigo.trajectory/1")), ("id", .literal("T-1"))],
        [],
        [("child", .mapping([("label", .text("Sam B.")), ("group", .literal("5"))]))],
        [
          (
            "referral",
            .mapping([("concerns", .sequence([.literal("a"), .literal("b")], flow: true))])
          )
        ],
      ])
    #expect(
      text == """
        # a comment
        schema: amigo.trajectory/1
        id: T-1

        child:
          label: Sam B.
          group: 5

        referral:
          concerns: [a, b]

        """)
  }

  @Test func valuesThatNeedQuotesGetThem() throws {
    let text = try DocumentEmitter.document(sections: [
      [
        ("a", .text("No")), ("b", .text("2016-05")), ("c", .text("Juf: 'ja' # niet")),
        ("d", .text("one\ntwo")), ("e", .text(" lead")),
      ]
    ])
    #expect(
      text == """
        a: 'No'
        b: '2016-05'
        c: "Juf: 'ja' # niet"
        d: |-
          one
          two
        e: ' lead'

        """)
    #expect(
      YAMLDocument(parsing: text).value
        == .mapping([
          ("a", .string("No")), ("b", .string("2016-05")), ("c", .string("Juf: 'ja' # niet")),
          ("d", .string("one\ntwo")), ("e", .string(" lead")),
        ]))
  }

  @Test func crlfStyle() throws {
    let text = try DocumentEmitter.document(
      sections: [[("a", .literal("1"))], [("b", .literal("2"))]],
      style: LayoutStyle(lineEnding: "\r\n"))
    #expect(text == "a: 1\r\n\r\nb: 2\r\n")
  }
}
