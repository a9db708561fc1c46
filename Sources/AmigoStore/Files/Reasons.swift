import AmigoYAML
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Why the system refused a read or a write, in both languages (issue 28: one language). The
/// English text is the system's own (`strerror`); the usual causes have a Dutch text, the rest
/// keep the system's words with their error name, so nothing is lost.
extension Bilingual {
  public static func systemError(_ code: Int32) -> Bilingual {
    let english = String(cString: strerror(code))
    let dutch: String? =
      switch code {
      case ENOENT: "het bestand of de map bestaat niet"
      case EACCES, EPERM: "geen toestemming"
      case ENOSPC: "de schijf is vol"
      case EDQUOT: "de schijfruimte (quotum) is op"
      case EROFS: "de schijf is alleen-lezen"
      case EEXIST: "het bestaat al"
      case ENOTDIR: "een deel van het pad is geen map"
      case EISDIR: "het is een map"
      case ELOOP: "te veel symbolische koppelingen"
      case ENAMETOOLONG: "de naam is te lang"
      case EIO: "invoer-/uitvoerfout van de schijf"
      case EMFILE, ENFILE: "te veel open bestanden"
      case EBUSY: "het is in gebruik"
      case ETXTBSY: "het bestand is in gebruik"
      case EINVAL: "ongeldige bewerking"
      case EXDEV: "niet over schijven heen"
      case EBADF: "het is gesloten (ongeldige bestandsdescriptor)"
      default: nil
      }
    return Bilingual(english, dutch ?? english)
  }

  /// Text that has no translation (another program's words, an internal error): the same in
  /// both languages.
  public static func untranslated(_ text: String) -> Bilingual { Bilingual(text, text) }
}

extension Bilingual {
  /// A new file whose folder is a link out of the workspace.
  static let linkOutOfWorkspace = Bilingual(
    "it lies behind a symbolic link out of the workspace; amigo does not write there",
    "het ligt achter een symbolische koppeling buiten de werkmap; amigo schrijft daar niet")
}

/// The system's reason for a failed call (`errno`) in `language` (`nl` or `en`).
public func systemErrorText(_ code: Int32, _ language: String) -> String {
  Bilingual.systemError(code).text(language)
}
