import Testing
import _AmigoTestSupport

@testable import AmigoSchema

/// The compiled schema finds a field by its name and an enumeration value by its text through a
/// hash table (`CompiledSchema.lookup`); it must answer exactly as a search of the names in
/// order does, for the names themselves and for everything near them.
@Suite struct CompiledSchemaLookupTests {
  static let schemas: [CompiledSchema] = [
    .trajectory, .config, .activity,
  ]

  /// The reference: the first field of spec `s` whose name is `key`, or -1.
  static func searchField(_ schema: CompiledSchema, _ key: [UInt8], _ s: Int) -> Int {
    let spec = schema.specs[s]
    for k in 0..<spec.fieldsCount {
      let f = schema.fields[spec.fieldsStart + k]
      if Array(schema.slice(f.nameStart, f.nameCount)) == key { return k }
    }
    return -1
  }

  /// The reference: the first value of enumeration `t` that is `text`, or -1.
  static func searchValue(
    _ schema: CompiledSchema, _ text: [UInt8], _ t: CompiledSchema.TypeEntry
  )
    -> Int
  {
    for k in 0..<t.b {
      let v = schema.values[t.a + k]
      if Array(schema.slice(v.start, v.count)) == text { return k }
    }
    return -1
  }

  /// Each name, and variations of it: every byte changed, cut short, lengthened, and the names
  /// of every other spec or enumeration.
  static func candidates(_ names: [[UInt8]], rng: inout SeededGenerator) -> [[UInt8]] {
    var out: [[UInt8]] = [[], [0x61], Array("zzzzzzzzzzzzzzzzzz".utf8)]
    for name in names {
      out.append(name)
      out.append(name + [0x73])
      out.append(Array(name.dropLast()))
      out.append([0x5F] + name)
      for i in name.indices {
        var changed = name
        changed[i] = UInt8.random(in: 0x21...0x7E, using: &rng)
        out.append(changed)
        changed[i] = name[i] ^ 0x20
        out.append(changed)
      }
    }
    return out
  }

  @Test func fieldsAreFoundAsBySearch() {
    var rng = SeededGenerator(seed: 31_2026_12_07)
    var asked = 0
    for schema in Self.schemas {
      var names: [[UInt8]] = []
      for spec in schema.specs {
        for k in 0..<spec.fieldsCount {
          let f = schema.fields[spec.fieldsStart + k]
          names.append(Array(schema.slice(f.nameStart, f.nameCount)))
        }
      }
      let candidates = Self.candidates(names, rng: &rng)
      for s in schema.specs.indices {
        for key in candidates {
          let found = key.withUnsafeBufferPointer { schema.field(named: $0, inSpec: s) }
          #expect(
            found == Self.searchField(schema, key, s), "\(String(decoding: key, as: UTF8.self))")
          asked += 1
        }
        // Every field of the spec by its own name.
        for k in 0..<schema.specs[s].fieldsCount {
          let f = schema.fields[schema.specs[s].fieldsStart + k]
          let name = Array(schema.slice(f.nameStart, f.nameCount))
          #expect(name.withUnsafeBufferPointer { schema.field(named: $0, inSpec: s) } == k)
        }
      }
    }
    #expect(asked > 10_000)
  }

  @Test func enumerationValuesAreFoundAsBySearch() {
    var rng = SeededGenerator(seed: 31_2026_12_08)
    var enumerations = 0
    for schema in Self.schemas {
      let all = schema.types.filter { $0.kind == .enumeration }
      var texts: [[UInt8]] = []
      for t in all {
        for k in 0..<t.b {
          let v = schema.values[t.a + k]
          texts.append(Array(schema.slice(v.start, v.count)))
        }
      }
      let candidates = Self.candidates(texts, rng: &rng)
      for t in all {
        enumerations += 1
        for text in candidates {
          let found = text.withUnsafeBufferPointer { schema.enumerationIndex(of: $0, in: t) }
          #expect(found == Self.searchValue(schema, text, t))
        }
        // The strings handed out are the values' own texts.
        for k in 0..<t.b {
          let v = schema.values[t.a + k]
          #expect(
            schema.valueStrings[t.a + k]
              == String(decoding: schema.slice(v.start, v.count), as: UTF8.self))
        }
      }
    }
    #expect(enumerations > 20)
  }

  /// `prefixWord` against its definition, for every length up to 17 and bytes that fill all
  /// of each byte's bits.
  @Test func prefixWordIsTheFirstEightBytesLittleEndian() {
    var rng = SeededGenerator(seed: 31_2026_12_09)
    for length in 0...17 {
      for _ in 0..<200 {
        let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
        var expected: UInt64 = 0
        for (i, b) in bytes.prefix(8).enumerated() { expected |= UInt64(b) << UInt64(8 * i) }
        // In a larger buffer, so that a read past the end would show in the word.
        let padded = [0xFF] + bytes + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
        let word = padded.withUnsafeBufferPointer {
          prefixWord(UnsafeBufferPointer(rebasing: $0[1..<(1 + length)]))
        }
        #expect(word == expected, "length \(length)")
      }
    }
  }
}
