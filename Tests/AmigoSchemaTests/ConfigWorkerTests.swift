import AmigoSchema
import AmigoYAML
import Testing

/// `Config.worker(_:)` looks ids up in an index kept with `workers`: it answers what a search
/// from the first worker answered, after every change of the list.
@Suite struct ConfigWorkerTests {
  func worker(_ id: String, _ name: String) -> Worker {
    var w = Worker(id: id)
    w.name = name
    return w
  }

  @Test func findsTheFirstWorkerOfAnIdAfterEveryChange() {
    var config = Config()
    #expect(config.worker("mv") == nil)
    config.workers = [worker("mv", "Marije"), worker("jb", "Jan"), worker("mv", "Other")]
    #expect(config.worker("mv")?.name == "Marije")
    #expect(config.worker("jb")?.name == "Jan")
    #expect(config.worker("x") == nil)
    config.workers[0].name = "Marije V."
    #expect(config.worker("mv")?.name == "Marije V.")
    config.workers.remove(at: 0)
    #expect(config.worker("mv")?.name == "Other")
    config.workers.append(worker("nb", "Noor"))
    #expect(config.worker("nb")?.name == "Noor")
    // A decoded config too.
    let decoded = SchemaDecoder.config(
      YAMLDocument(parsing: "workers:\n  mv:\n    name: Marije\n  jb:\n    name: Jan\n"))
    #expect(decoded.worker("jb")?.name == "Jan")
    for w in decoded.workers {
      #expect(decoded.worker(w.id) == decoded.workers.first { $0.id == w.id })
    }
  }
}
