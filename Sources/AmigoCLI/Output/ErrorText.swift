import AmigoReports
import AmigoStore

extension CommandError {
  /// A failure from the catalogue, for code that does not know the run's language (the editor
  /// process, standard input): printed in the language of the run (`text(_:)`).
  init(_ message: Message, _ arguments: String..., status: ExitStatus) {
    self.init(message: Language.en.text(message, arguments: arguments), status: status)
    entry = (message, arguments)
  }

  /// The same, with the system's reason for a failed call (`errno`) as the last argument.
  init(_ message: Message, _ arguments: String..., errno code: Int32, status: ExitStatus) {
    self.init(
      message: Language.en.text(message, arguments: arguments + [systemErrorText(code, "en")]),
      status: status)
    entry = (message, arguments)
    systemError = code
  }

  /// The message in `language`: the catalogue's entry when it has one, else `message`.
  func text(_ language: Language) -> String {
    guard let entry else { return message }
    let reason = systemError.map { [systemErrorText($0, language.code)] } ?? []
    return language.text(entry.0, arguments: entry.1 + reason)
  }
}

extension Language {
  /// A failure the store or the system reported, in this language: file reads and writes and
  /// git; anything else (an internal error) as it describes itself.
  func say(_ error: any Error) -> String {
    switch error {
    case let e as WriteError: e.text(code)
    case let e as FileSystem.ReadError: e.text(code)
    case let e as Git.Failure: e.text(code)
    case let e as CommandError: e.text(self)
    case let e as WorkspaceCreation.Failure:
      switch e {
      case .write(let e): e.text(code)
      case .read(let e): e.text(code)
      case .exists(let path): WriteError.exists(path).text(code)
      }
    default: "\(error)"
    }
  }
}
