import AmigoStore
import Dispatch
import Foundation

extension ValidateChanged {
  /// A git command run on a thread of its own (not one of Dispatch's, which the stat calls
  /// keep busy), so that git and amigo's own work share the cores (issue 32: git stats every
  /// tracked file too).
  final class GitRun: @unchecked Sendable {
    private var result: Result<Git.Output, Git.Failure>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `git arguments` (`input`: its standard input; `check`: a non-zero status fails).
    init(_ git: Git, _ arguments: [String], input: [UInt8]? = nil, check: Bool = true) {
      let thread = Thread { [self] in
        result = Result { () throws(Git.Failure) in
          try git.run(arguments, input: input, check: check)
        }
        done.signal()
      }
      thread.start()
    }

    /// Waits for git to finish: its output, or its failure.
    func output() throws(Git.Failure) -> Git.Output {
      done.wait()
      done.signal()
      return try result!.get()
    }
  }
}
