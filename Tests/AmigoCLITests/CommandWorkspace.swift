import AmigoCLI
import AmigoSchema
import Foundation
import _AmigoTestSupport

/// A copy of an example workspace (`ExampleWorkspaceCopy`) that runs amigo in process in it.
class CommandWorkspace: ExampleWorkspaceCopy {
  /// `args` in `work` on `today`: the exit status, standard output and standard error.
  func run(
    _ args: [String], today: String = "2026-11-19"
  ) -> (AmigoCLI.ExitStatus, String, String) {
    let env = Environment(currentDirectory: work.path, today: LocalDate(today)!)
    let status = Amigo.run(args, environment: env)
    return (status, env.stdout.text, env.stderr.text)
  }
}
