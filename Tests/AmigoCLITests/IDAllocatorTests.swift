import AmigoStore
import Testing

@Suite struct IDAllocatorTests {
  @Test func alphabetIsCrockfordBase32() {
    #expect(IDAllocator.alphabet.count == 32)
    #expect(Set(IDAllocator.alphabet).count == 32)
    for letter in "ILOU" { #expect(!IDAllocator.alphabet.contains(letter)) }
  }

  @Test func idsHaveThePrefixTheYearAndFourRandomCharacters() {
    var generator = SplitMix64(seed: 42)
    for _ in 0..<200 {
      let id = IDAllocator.allocate(prefix: "AOS", year: 2026, using: &generator) { _ in false }!
      let parts = id.split(separator: "-")
      #expect(parts.count == 3)
      #expect(parts[0] == "AOS")
      #expect(parts[1] == "2026")
      #expect(parts[2].count == 4)
      #expect(parts[2].allSatisfy { IDAllocator.alphabet.contains($0) })
    }
  }

  @Test func everyCharacterOfTheAlphabetIsDrawn() {
    var generator = SplitMix64(seed: 7)
    var seen = Set<Character>()
    for _ in 0..<500 { seen.formUnion(IDAllocator.randomPart(using: &generator)) }
    #expect(seen == Set(IDAllocator.alphabet))
  }

  @Test func sameSeedSameIDs() {
    var a = SplitMix64(seed: "test")
    var b = SplitMix64(seed: "test")
    var c = SplitMix64(seed: "other")
    let first = (0..<20).map { _ in IDAllocator.randomPart(using: &a) }
    let second = (0..<20).map { _ in IDAllocator.randomPart(using: &b) }
    let third = (0..<20).map { _ in IDAllocator.randomPart(using: &c) }
    #expect(first == second)
    #expect(first != third)
    // A numeric seed is the number itself.
    var n = SplitMix64(seed: "1")
    var m = SplitMix64(seed: 1)
    #expect(n.next() == m.next())
  }

  @Test func splitMix64MatchesTheReference() {
    // The first outputs for seed 0 of the reference implementation (Vigna, splitmix64.c).
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
  }

  @Test func takenIDsAreSkipped() {
    var probe = SplitMix64(seed: 5)
    let first = IDAllocator.allocate(prefix: "T", year: 2026, using: &probe) { _ in false }!
    var generator = SplitMix64(seed: 5)
    let id = IDAllocator.allocate(prefix: "T", year: 2026, using: &generator) { $0 == first }!
    #expect(id != first)
    #expect(id.hasPrefix("T-2026-"))
  }

  @Test func noIDWhenEverythingIsTaken() {
    var generator = SplitMix64(seed: 5)
    #expect(
      IDAllocator.allocate(prefix: "T", year: 2026, using: &generator, attempts: 50) { _ in true }
        == nil)
  }

  @Test func manyIDsDoNotCollide() {
    var generator = SplitMix64(seed: 99)
    var taken = Set<String>()
    for _ in 0..<2000 {
      let id = IDAllocator.allocate(prefix: "T", year: 2026, using: &generator) {
        taken.contains($0)
      }!
      #expect(taken.insert(id).inserted)
    }
  }
}
