/// The family's own statement in the file (`statements:`, AVG art. 16; WGBO art. 7:454): what
/// the parents or the child want added to the record, dated and verbatim. Written by
/// `amigo statement`; shown by `show` and the record export; removed with the file by `erase`.
/// The privacy lint does not check it: they are the family's own words, kept as given.
public struct Statement: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  /// `parents` or `child`.
  public var by: String?
  public var bySpan = Span.none
  public var text: String = ""
  public var textSpan = Span.none
}

/// A handover of the trajectory from one worker to another (`handovers:`), written by
/// `amigo handover`; `history` and the record export say "handed over from W to V on D".
public struct Handover: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  public var from: String = ""
  public var fromSpan = Span.none
  public var to: String = ""
  public var toSpan = Span.none
}

/// A trajectory brought in from another system by `amigo import` (`imported:`): the day it was
/// imported and how many contacts were held before it (counted, never invented as dated
/// sessions). The norm rules skip the weeks before the import day.
public struct Imported: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  /// Contacts (child talks and others) held before the import, without dates.
  public var sessions: Int?
  public var span = Span.none
}

extension Trajectory {
  /// The worker (`worker:`) and the further workers (`workers:`), each once, the lead first.
  public var allWorkers: [String] {
    var seen = Set<String>()
    return ([worker] + workers).filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  /// True when `id` is the worker or one of the further workers.
  public func hasWorker(_ id: String) -> Bool { worker == id || workers.contains(id) }
}
