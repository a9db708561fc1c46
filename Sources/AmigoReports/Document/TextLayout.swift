/// How the text renderer lays a document out.
public enum TextLayout: Sendable, Hashable {
  /// A report: the title, its facts as `Label: value`, sections with underlined titles, tables
  /// with a line under their header (`report`, `export --record`).
  case report
  /// A compact terminal screen (`show`, `list`): the title in bold when `showsTitle`; each
  /// section after a blank line, its title in bold, its blocks one after the other; tables with
  /// a bold header, laid out as their columns' `ScreenColumn` says, cells coloured by their
  /// `Emphasis`. The facts are data only (JSON, Markdown): the screen shows its tables.
  case screen(showsTitle: Bool)
}

/// What a marked cell (`Cell.marked`) stands out as on a colour terminal.
public enum Emphasis: Sendable, Hashable {
  /// Bold: a total.
  case strong
  /// Green: running as it should (an active status).
  case good
  /// Yellow: needs attention (no consent yet, over the planned weeks, a session not held).
  case attention
  /// Red: wrong (a file with errors, over the programme's maximum).
  case alarm
  /// Dim: in the archive (closed, not started).
  case muted
}

/// How a column shows on a screen (`TextLayout.screen`); other layouts ignore it.
public struct ScreenColumn: Sendable, Hashable {
  public enum Placement: Sendable, Hashable {
    /// A column of the table.
    case inline
    /// Under its row, wrapped, as paragraphs indented by `indent` (a session's note).
    case below
    /// Data only (JSON and CSV): never on screen or in Markdown.
    case dataOnly
  }

  /// Spaces before every cell of the column below the header.
  public var indent: Int
  /// The widest the column gets; wider text is cut with `…`, or wraps when `wraps`.
  public var maxWidth: Int?
  public var wraps: Bool
  public var placement: Placement
  /// The header on screen, if not the column's label ("" for none).
  public var header: String?

  public init(
    indent: Int = 0, maxWidth: Int? = nil, wraps: Bool = false, placement: Placement = .inline,
    header: String? = nil
  ) {
    self.indent = indent
    self.maxWidth = maxWidth
    self.wraps = wraps
    self.placement = placement
    self.header = header
  }

  /// Data only (JSON and CSV).
  public static let dataOnly = ScreenColumn(placement: .dataOnly)
}
