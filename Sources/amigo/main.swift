import AmigoCLI
import Foundation

exit(Amigo.run(Array(CommandLine.arguments.dropFirst()), environment: .live).rawValue)
