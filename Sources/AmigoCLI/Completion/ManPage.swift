/// `docs/amigo.1`, the manual page (roff, `man -l docs/amigo.1`), generated from the command
/// specs (`Amigo.commands`) like the completion scripts; `ManPageTests` keeps the committed
/// file current (`AMIGO_RECORD_GOLDEN=1`). In English, like `--help`.
public enum ManPage {
  public static func roff() -> String {
    var s = """
      .\\" Generated from amigo's command specs; do not edit (see README, Development).
      .TH AMIGO 1 "" "amigo \(Amigo.version)" "User Commands"
      .nh
      .SH NAME
      amigo \\- keep child support trajectories as plain\\-text files in git
      .SH SYNOPSIS
      .B amigo
      .I command
      .RI [ options ]
      .br
      .B amigo
      .RB [ \\-\\-help | \\-\\-version ]
      .SH DESCRIPTION
      One readable YAML file per child trajectory (format \(escape(Amigo.formatVersion))), checked
      against a schema, summarised in weekly and period reports.
      Text output keeps to the terminal's width (\\fBCOLUMNS\\fR, or the terminal's own);
      output to a pipe or a file is not folded.
      .SH COMMANDS

      """
    for command in Amigo.commands where !command.spec.name.hasPrefix("_") {
      s += section(command.spec)
    }
    s += """
      .SH ENVIRONMENT
      .TP
      .B AMIGO_DIR
      The workspace folder, when \\fB\\-\\-dir\\fR is not given.
      .TP
      .B COLUMNS
      The width text output keeps to (default: the terminal's width; none for a pipe or file).
      .TP
      .B NO_COLOR
      When set to anything, no colour.
      .TP
      .B CLICOLOR_FORCE
      When set and not \\fB0\\fR, colour also through a pipe or into a file (for \\fBless \\-R\\fR),
      unless \\fBNO_COLOR\\fR is set.
      .TP
      .B TERM
      When \\fBdumb\\fR, no colour.
      .TP
      .B EDITOR
      The editor of \\fBamigo edit\\fR.
      .SH LANGUAGE
      amigo speaks the workspace\\(aqs \\fBlanguage:\\fR (or \\fB\\-\\-lang\\fR): reports, usage
      errors, questions, \\fBvalidate\\fR\\(aqs diagnostics, \\fBchanges\\fR and \\fBhistory\\fR.
      Codes, JSON keys and the values in files stay English. \\fB\\-\\-help\\fR and this manual
      page stay English: they are generated from the command specs, which name the options and
      values exactly as they are typed and as files hold them, and one reference for the
      maintainers and scripts of every workspace is easier to keep right than two.
      .SH EXIT STATUS
      0 success; 1 validation found errors; 64 the command line is wrong; 65 an input file is
      not valid amigo data; 66 a file, folder or workspace does not exist; 70 internal error;
      74 writing failed (see the README's table of exit statuses).
      .SH FILES
      .TP
      .I amigo.yaml
      The workspace configuration.
      .TP
      .I trajectories/<ID>.yaml
      One trajectory per child.
      .TP
      .I activities/<ID>.yaml
      Meetings and group modules.
      .SH SEE ALSO
      .BR git (1)

      """
    return s
  }

  static func section(_ spec: CommandSpec) -> String {
    var s = ".SS \"\(escape(spec.usage).replacingOccurrences(of: "\"", with: "\\(dq"))\"\n"
    s += escape(spec.abstract) + "\n"
    for a in spec.arguments {
      s += ".TP\n.I <\(escape(a.name))>\(a.variadic ? " ..." : "")\n" + escape(a.help) + "\n"
    }
    for o in spec.options {
      var left = (o.short.map { "\\fB\\-\($0)\\fR, " } ?? "") + "\\fB\\-\\-\(escape(o.name))\\fR"
      if let value = o.valueName {
        left += o.optionalValue ? " [\\fI<\(escape(value))>\\fR]" : " \\fI<\(escape(value))>\\fR"
      }
      s += ".TP\n" + left + "\n" + escape(o.help) + "\n"
    }
    if !spec.discussion.isEmpty {
      s += ".PP\n"
      var preformatted = false
      for line in spec.discussion.split(separator: "\n", omittingEmptySubsequences: false) {
        let indented = line.hasPrefix(" ")
        if indented && !preformatted {
          s += ".PP\n.nf\n.RS 2\n"
          preformatted = true
        } else if !indented && preformatted {
          s += ".RE\n.fi\n.PP\n"
          preformatted = false
        }
        if line.isEmpty {
          if !preformatted { s += ".PP\n" }
          continue
        }
        s += escapeLine(indented ? String(line.dropFirst(2)) : String(line)) + "\n"
      }
      if preformatted { s += ".RE\n.fi\n" }
    }
    if !spec.examples.isEmpty {
      s += ".PP\nExamples:\n.PP\n.nf\n.RS 2\n"
      for e in spec.examples { s += escapeLine(e) + "\n" }
      s += ".RE\n.fi\n"
    }
    return s
  }

  /// Text for roff: backslashes and hyphens escaped.
  static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "\\": out += "\\e"
      case "-": out += "\\-"
      case "'": out += "\\(aq"
      case "`": out += "\\(ga"
      case "\t": out += " "
      case _ where c.isASCII: out.append(c)
      default:
        // Non-ASCII as groff's Unicode escapes: the page is ASCII, readable by every man.
        for scalar in c.unicodeScalars {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
        }
      }
    }
    return out
  }

  /// A line of text: escaped, and never read as a request (a leading `.` or `'`).
  static func escapeLine(_ text: String) -> String {
    let e = escape(text)
    return e.hasPrefix(".") || e.hasPrefix("'") ? "\\&" + e : e
  }
}
