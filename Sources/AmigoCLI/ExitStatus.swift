/// amigo's exit statuses (documented in README.md). Values follow sysexits.h where one fits.
public struct ExitStatus: RawRepresentable, Sendable, Hashable {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// Everything went well.
  public static let success = ExitStatus(rawValue: 0)
  /// Validation found errors (or warnings with `--strict`).
  public static let failure = ExitStatus(rawValue: 1)
  /// The command line was wrong (EX_USAGE).
  public static let usage = ExitStatus(rawValue: 64)
  /// An input file is unreadable as amigo data (EX_DATAERR).
  public static let dataError = ExitStatus(rawValue: 65)
  /// A file or folder does not exist (EX_NOINPUT).
  public static let noInput = ExitStatus(rawValue: 66)
  /// A bug in amigo (EX_SOFTWARE).
  public static let software = ExitStatus(rawValue: 70)
  /// Writing failed (EX_IOERR).
  public static let ioError = ExitStatus(rawValue: 74)
}
