import AmigoSchema
import AmigoYAML

/// The files `amigo init` writes: `amigo.yaml` with the chosen programme profiles
/// (`ProgrammeTemplate`; Amigo's op School by default) and
/// placeholders a worker replaces, `.gitignore` and `.gitattributes`. Comments are in the
/// workspace's language (`nl` or `en`).
public enum WorkspaceTemplate {
  /// The placeholder school and worker ids of a new workspace.
  public static func placeholderSchool(language: String) -> String {
    language == "en" ? "my-school" : "mijn-school"
  }

  public static func placeholderWorker(language: String) -> String {
    language == "en" ? "worker" : "begeleider"
  }

  /// `amigo.yaml` with the profiles of `programmes`. With `examples`, the commented examples
  /// (optional school fields, school holidays) are written as real entries: tests use this to check
  /// that every example is valid once a worker uncomments it.
  public static func config(
    organisation: String, language: String,
    programmes: [ProgrammeTemplate] = [ProgrammeTemplate.all[0]], examples: Bool = false
  )
    -> String
  {
    let en = language == "en"
    var lines: [String] = []
    func text(_ s: String) { lines.append(s) }
    /// A line that is a comment until a worker enables it.
    func example(_ indent: String, _ yaml: String) {
      lines.append(examples ? indent + yaml : indent + "# " + yaml)
    }

    text(WorkspaceSchemas.modelinePrefix + WorkspaceSchemas.folder + "/config.schema.json")
    if en {
      text("# Settings of this amigo workspace: the organisation, the programmes and their norms,")
      text("# the schools, the workers and the school holidays. Check every change with")
      text("# 'amigo validate'. Never put data about children here; their files, without names,")
      text("# live in trajectories/.")
      text("#")
      text("# The first line gives editors (VS Code with Red Hat's YAML extension, Neovim with")
      text("# yamlls) checks and completion from .amigo/schema/, which amigo made from this file;")
      text("# after changing the vocabularies, 'amigo git-setup' writes the schemas again.")
    } else {
      text("# Instellingen van deze amigo-werkmap: de organisatie, de programma's en hun normen,")
      text("# de scholen, de begeleiders en de schoolvakanties. Controleer elke wijziging met")
      text("# 'amigo validate'. Zet hier nooit gegevens van kinderen; hun dossiers, zonder namen,")
      text("# staan in trajectories/.")
      text("#")
      text("# De eerste regel geeft editors (VS Code met de YAML-extensie van Red Hat, Neovim met")
      text("# yamlls) controle en aanvulling uit .amigo/schema/, die amigo van dit bestand maakte;")
      text("# schrijf de schema's na een wijziging van de vocabularies opnieuw: 'amigo git-setup'.")
    }
    text("schema: \(Schemas.configVersion)")
    text(en ? "# The name of your organisation." : "# De naam van je organisatie.")
    text("organisation: " + ScalarEmitter.emit(organisation))
    text(
      commented(
        "language: \(en ? "en" : "nl")",
        en ? "language of reports: nl or en" : "taal van de rapportages: nl of en", column: 20))
    text(
      commented(
        "small_numbers: 5",
        en
          ? "period reports show counts of 1-4 as '<5'"
          : "rapportages per periode tonen aantallen 1-4 als '<5'", column: 20))
    text(
      commented(
        "id_prefix: T",
        en
          ? "new trajectories get ids like T-2026-7KQ4 (never a name)"
          : "nieuwe dossiers krijgen ids als T-2026-7KQ4 (nooit een naam)", column: 20))
    text("")
    if en {
      text(
        "# Privacy: text that looks like a citizen number (BSN), e-mail address, phone number or")
      text("# postcode is an error, and amigo refuses to save it. Such details never belong in a")
      text("# child's file. (With 'strict: false' they are only warnings.)")
    } else {
      text("# Privacy: tekst die lijkt op een BSN, e-mailadres, telefoonnummer of postcode is een")
      text("# fout, en amigo weigert die op te slaan. Zulke gegevens horen nooit in een dossier.")
      text("# (Met 'strict: false' zijn het alleen waarschuwingen.)")
    }
    text("privacy:")
    text("  strict: true")
    text("")
    text(
      en
        ? "# Programmes and their norms; amigo warns when a trajectory departs from them."
        : "# Programma's en hun normen; amigo waarschuwt als een traject ervan afwijkt.")
    text("programmes:")
    for template in programmes {
      lines += template.lines(english: en)
    }
    text(
      en
        ? "  # Other programmes: 'amigo init --programme NAME' writes their profiles (see 'amigo help init')."
        : "  # Andere programma's: 'amigo init --programme NAAM' schrijft hun profiel (zie 'amigo help init')."
    )
    text("")
    if en {
      text("# The schools you work at. Replace the example: a short id (lower-case letters, digits")
      text("# and '-') and the name. Trajectory files name the school by its id: once they do,")
      text("# keep the id.")
    } else {
      text(
        "# De scholen waar je werkt. Vervang het voorbeeld: een korte id (kleine letters, cijfers")
      text("# en '-') en de naam. Dossiers noemen de school bij haar id: verander die daarna niet")
      text("# meer.")
    }
    text("schools:")
    text("  \(placeholderSchool(language: language)):")
    text("    name: " + (en ? "My school" : "Mijn school"))
    example("    ", "municipality: Rotterdam")
    example("    ", "area: Charlois")
    text("")
    text(
      en
        ? "# The workers. Replace the example: a short id (your initials, say) and your name."
        : "# De begeleiders. Vervang het voorbeeld: een korte id (bijvoorbeeld je initialen) en je naam."
    )
    text("workers:")
    text("  \(placeholderWorker(language: language)):")
    text("    name: " + (en ? "My name" : "Mijn naam"))
    text("")
    if en {
      text("# School holidays: weeks in a holiday do not count as missed. The example is region")
      text("# south, 2026/2027: check the dates on rijksoverheid.nl, then remove the '# '.")
    } else {
      text(
        "# Schoolvakanties: weken in een vakantie tellen niet als gemist. Het voorbeeld is regio")
      text("# zuid, 2026/2027: controleer de data op rijksoverheid.nl en haal dan de '# ' weg.")
    }
    let holidays =
      en
      ? [
        ("autumn holiday 2026", "2026-10-17", "2026-10-25"),
        ("Christmas holiday 2026", "2026-12-19", "2027-01-03"),
        ("spring holiday 2027", "2027-02-13", "2027-02-21"),
        ("May holiday 2027", "2027-04-24", "2027-05-09"),
        ("summer holiday 2027", "2027-07-10", "2027-08-22"),
      ]
      : [
        ("herfstvakantie 2026", "2026-10-17", "2026-10-25"),
        ("kerstvakantie 2026", "2026-12-19", "2027-01-03"),
        ("voorjaarsvakantie 2027", "2027-02-13", "2027-02-21"),
        ("meivakantie 2027", "2027-04-24", "2027-05-09"),
        ("zomervakantie 2027", "2027-07-10", "2027-08-22"),
      ]
    example("", "holidays:")
    for (label, from, to) in holidays {
      example("", "  - {label: \(label), from: \(from), to: \(to)}")
    }
    text("")
    lines += InstrumentTemplates.sdq(english: en)
    return lines.map { $0 + "\n" }.joined()
  }

  /// `yaml` with `# comment` after it, the comment at `column` (or two spaces further).
  static func commented(_ yaml: String, _ comment: String, column: Int = 34) -> String {
    yaml + String(repeating: " ", count: max(2, column - yaml.count)) + "# " + comment
  }

  /// The lines `.gitignore` must have: amigo's lock, its temporary files and the private
  /// folders `amigo edit` works in, amigo's cache (`.amigo/cache/`, the workspace index, which
  /// holds children's labels; the rest of `.amigo/`, the schemas and the ledger of erased ids,
  /// is tracked), and editors' backup and swap files, which hold copies of children's files.
  public static let ignoredPatterns = [
    ".amigo.lock", "*.tmp-*", ".amigo-edit-*/", ".amigo/cache/", "*~", "*.swp", "*.swo", ".#*",
    "\\#*#",
  ]

  /// `.gitignore`: amigo's lock and temporary files, and a reminder about identifying data.
  public static func gitignore(language: String) -> String {
    let en = language == "en"
    var lines = [
      en ? "# amigo: files that do not belong in git." : "# amigo: bestanden die niet in git horen."
    ]
    lines += ignoredPatterns
    if en {
      lines += [
        "# Keep anything that identifies a child (full names, addresses, phone numbers, citizen",
        "# numbers) out of this folder and out of git. A private list that links labels to",
        "# children belongs in an ignored folder, for example:",
        "# private/",
      ]
    } else {
      lines += [
        "# Houd alles wat een kind herkenbaar maakt (volledige namen, adressen, telefoonnummers,",
        "# BSN) buiten deze map en buiten git. Een eigen lijst die labels aan kinderen koppelt,",
        "# hoort in een genegeerde map, bijvoorbeeld:",
        "# prive/",
      ]
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The line `.gitattributes` must have for line endings.
  public static let attributesLine = "*.yaml text eol=lf"

  /// The lines that have git merge trajectory files with amigo's merge driver (`merge.amigo`,
  /// registered by `amigo init` and `amigo git-setup`), in `trajectories/` and its subfolders,
  /// and activity files (`activities/`), tallies of light contacts among them: the driver keeps
  /// the contacts both sides added (`ListIdentity.counted`) under one header.
  public static let mergeAttributeLines = [
    "trajectories/*.yaml merge=amigo", "trajectories/**/*.yaml merge=amigo",
    "activities/*.yaml merge=amigo",
  ]

  /// Lines an earlier amigo wrote that `amigo git-setup` takes out: tallies of light contacts
  /// were merged line by line (`merge=union`), which stacked two headers into one file (a
  /// duplicate key) when both sides began the tally.
  public static let obsoleteAttributeLines = ["activities/L-*.yaml merge=union"]

  /// The line that has git show hunks of amigo's files under the goal or session they change
  /// (`diff.amigo.xfuncname`, set by `amigo init` and `amigo git-setup`).
  public static let diffAttributeLine = "*.yaml diff=amigo"

  /// Every line `.gitattributes` must have.
  public static var attributeLines: [String] {
    [attributesLine] + mergeAttributeLines + [diffAttributeLine]
  }

  /// `.gitattributes`: amigo's files are stored with LF line endings, and trajectory files are
  /// merged by amigo's merge driver.
  public static func gitattributes(language: String) -> String {
    let en = language == "en"
    var lines = [
      en
        ? "# amigo: YAML files are text, stored with LF line endings."
        : "# amigo: YAML-bestanden zijn tekst, opgeslagen met LF-regeleinden.",
      attributesLine,
      en
        ? "# amigo: git merges trajectory files entry by entry with amigo ('amigo git-setup')."
        : "# amigo: git voegt dossiers per onderdeel samen met amigo ('amigo git-setup').",
    ]
    lines += mergeAttributeLines
    lines += [
      en
        ? "# amigo: diffs name the goal or session a change is in ('amigo git-setup')."
        : "# amigo: diffs noemen het doel of gesprek van een wijziging ('amigo git-setup').",
      diffAttributeLine,
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
