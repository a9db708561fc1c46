/// New trajectory ids: `<prefix>-<year of referral>-<4 random characters>`, at least one a
/// digit, for example `T-2026-7KQ4`. The random part (Crockford base-32: no I, L, O or U, so no letters to confuse
/// and few words) makes it very unlikely that two workers who create children on different
/// machines before syncing pick the same id: about one in a million per pair in a year. An id
/// never contains a name, so it is safe in file names and git logs.
public enum IDAllocator {
  /// Crockford's base-32 alphabet.
  public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

  /// Characters in the random part.
  public static let randomLength = 4

  /// Four characters drawn from `alphabet` with `generator`.
  public static func randomPart<G: RandomNumberGenerator>(using generator: inout G) -> String {
    // The top five bits of each draw: exact, since 32 is a power of two.
    String((0..<randomLength).map { _ in alphabet[Int(generator.next() >> 59)] })
  }

  /// A new id for a trajectory referred in `year` that `isTaken` does not reject; nil when
  /// `attempts` draws all collide (a workspace with hundreds of thousands of ids a year).
  public static func allocate<G: RandomNumberGenerator>(
    prefix: String, year: Int, using generator: inout G, attempts: Int = 1000,
    isTaken: (String) -> Bool
  ) -> String? {
    for _ in 0..<attempts {
      let code = randomPart(using: &generator)
      // Every code holds a digit, so that no code is a word or a name (`new-child --id`
      // accepts only ids of this shape).
      guard code.contains(where: \.isNumber) else { continue }
      let id = "\(prefix)-\(year)-\(code)"
      if !isTaken(id) { return id }
    }
    return nil
  }

  /// The ids of trajectory files (file names without `.yaml`), upper-cased, so that a new id
  /// differs from every existing one also on case-insensitive file systems.
  public static func existingIDs(of paths: [String]) -> Set<String> {
    Set(paths.map { Workspace.id(ofFile: $0).uppercased() })
  }
}

/// SplitMix64: a small, fast, seedable generator (Steele, Lea and Flood, 2014). amigo uses it
/// only when `AMIGO_SEED` is set, so that tests get the same ids every run; otherwise ids come
/// from the system's random number generator.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// A seed from any text: the number itself when it is one, else a hash of the text (FNV-1a).
  public init(seed text: String) {
    if let number = UInt64(text) {
      self.init(seed: number)
      return
    }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    self.init(seed: hash)
  }

  public mutating func next() -> UInt64 {
    state = state &+ 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
