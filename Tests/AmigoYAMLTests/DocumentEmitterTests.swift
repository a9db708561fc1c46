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

  /// A negative number is written plain, in a block and in flow, so that every reader reads a
  /// number (quoted, `scores: {emotional: '-3'}`, it was text and `validate` said
  /// `quoted-value`); a text that looks like one is still quoted, and a lone `-` or `- 3` too.
  @Test func negativeNumbersAreWrittenPlain() throws {
    let text = try DocumentEmitter.document(sections: [
      [
        ("a", .literal("-3")),
        ("b", .mapping([("e", .literal("-3")), ("f", .literal("-2.5"))], flow: true)),
        ("c", .sequence([.literal("-10")], flow: true)),
        ("d", .text("-3")),
        ("e", .literal("- 3")),
        ("f", .literal("-")),
      ]
    ])
    #expect(
      text == """
        a: -3
        b: {e: -3, f: -2.5}
        c: [-10]
        d: '-3'
        e: '- 3'
        f: '-'

        """)
  }

  /// PyYAML (YAML 1.1) ends a plain text at '?' inside [ ] or { }: such text is quoted there,
  /// and read back alike; outside flow collections '?' inside a text stays plain.
  @Test func questionMarksInFlowTextAreQuoted() throws {
    let text = try DocumentEmitter.document(sections: [
      [
        ("a", .sequence([.text("why?"), .text("a ? b")], flow: true)),
        ("b", .mapping([("k", .text("ok?"))], flow: true)),
        ("c", .text("why?")),
      ]
    ])
    #expect(
      text == """
        a: ['why?', 'a ? b']
        b: {k: 'ok?'}
        c: why?

        """)
    let document = YAMLDocument(parsing: text)
    #expect(document.diagnostics.isEmpty)
    #expect(
      document.value
        == .mapping([
          ("a", .sequence([.string("why?"), .string("a ? b")])),
          ("b", .mapping([("k", .string("ok?"))])), ("c", .string("why?")),
        ]))
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
