extension Message {
  /// What `amigo erase` did and the procedure that destroys the file in git (issue 28). The
  /// procedure's lines stay within 80 columns; its commands are the same in both languages.
  static let erase: [Message: (en: String, nl: String)] = [
    .erErased: ("Erased {0}: removed {1}", "{0} gewist: {1} verwijderd"),
    .erLink: (
      " (a link to '{0}': amigo removed the link, not its target)",
      " (een koppeling naar '{0}': amigo verwijderde de koppeling, niet het doel)"
    ),
    .erTempCopy: (
      "Also removed amigo's temporary copy: {0}.",
      "Ook de tijdelijke kopie van amigo verwijderd: {0}."
    ),
    .erTempCopies: (
      "Also removed amigo's temporary copies: {0}.",
      "Ook de tijdelijke kopieën van amigo verwijderd: {0}."
    ),
    .erNotRecorded: (
      "{0} was erased, but not added to {1} ({2}); 'amigo validate' will call it unknown, not erased, where it is named",
      "{0} is gewist, maar niet toegevoegd aan {1} ({2}); 'amigo validate' noemt het onbekend, niet gewist, waar het genoemd wordt"
    ),
    // {0} the id, {1} the file; or {1} the count, {2} the files.
    .erRecoveryOne: (
      "Removed amigo's recovery file of {0} (text kept when a command failed): {1}.",
      "Het herstelbestand van {0} verwijderd (tekst die amigo bewaarde toen een opdracht mislukte): {1}."
    ),
    .erRecoveryMany: (
      "Removed {1} recovery files of {0} (text kept when a command failed): {2}.",
      "{1} herstelbestanden van {0} verwijderd (tekst die amigo bewaarde toen een opdracht mislukte): {2}."
    ),
    .erRecoveryNotRemoved: (
      "amigo: warning: the recovery file {0} could not be removed ({1}); delete it yourself",
      "amigo: waarschuwing: het herstelbestand {0} kon niet worden verwijderd ({1}); verwijder het zelf"
    ),
    // {0} the id, {1} the file; or {1} the count, {2} the files.
    .erRecoveryUnnamedOne: (
      "amigo's recovery folder also holds a file that names no trajectory (a note or statement kept by an older amigo, or answers to new-child): {1}. Read it and delete it if it is about {0}.",
      "De herstelmap van amigo bevat ook een bestand dat geen traject noemt (een notitie of verklaring bewaard door een oudere amigo, of antwoorden op new-child): {1}. Lees het en verwijder het als het over {0} gaat."
    ),
    .erRecoveryUnnamedMany: (
      "amigo's recovery folder also holds {1} files that name no trajectory (notes or statements kept by an older amigo, answers to new-child): {2}. Read them and delete those about {0}.",
      "De herstelmap van amigo bevat ook {1} bestanden die geen traject noemen (notities of verklaringen bewaard door een oudere amigo, antwoorden op new-child): {2}. Lees ze en verwijder die over {0}."
    ),
    .erRecorded: (
      "Recorded the id (no name) in {0}.", "De id (geen naam) is vastgelegd in {0}."
    ),
    .erActivityOne: (
      "Removed {0} from 1 activity file: {1} (their history in git keeps the id, never a name).",
      "{0} verwijderd uit 1 activiteitenbestand: {1} (de geschiedenis in git houdt de id, nooit een naam)."
    ),
    .erActivityMany: (
      "Removed {0} from {1} activity files: {2} (their history in git keeps the id, never a name).",
      "{0} verwijderd uit {1} activiteitenbestanden: {2} (de geschiedenis in git houdt de id, nooit een naam)."
    ),
    .erNoGit: (
      """
      amigo found no .git folder above the workspace. If it is shared through git
      after all, make the paths below relative to the repository's top folder.
      """,
      """
      amigo vond geen .git-map boven de werkmap. Wordt ze toch via git gedeeld, maak
      de paden hieronder dan relatief aan de bovenste map van de repository.
      """
    ),
    // {0} the path, quoted for the shell; {1} the id; {2} the index filter.
    .erProcedure: (
      """
      The file is still in git: in this clone's history, on the remote, in every
      colleague's clone and in backups. To destroy it (docs/erasure.md explains every
      step), in the repository's top folder:

        1. Ask everyone to push their work and stop; then commit the removal:
             git rm --cached --ignore-unmatch {0}
             git commit -m 'Erase a trajectory'
        2. List every path the file ever had (moves, renames) and repeat step 3
           for each:
             git log --all --format= --name-only -- '*{1}*' | sort -u
        3. Remove it from all history, with git filter-repo (recommended):
             git filter-repo --force --invert-paths --path {0}
           or, without filter-repo:
             git filter-branch --force --prune-empty --index-filter \\
               {2} -- --all
             git for-each-ref --format='delete %(refname)' refs/original |
               git update-ref --stdin
        4. Drop the old copies this clone keeps (stashes can hold the file: this
           drops them all):
             git stash clear
             git reflog expire --expire=now --all
             git gc --prune=now
           Check that this prints nothing:
             git log --all --oneline -- {0}
        5. Overwrite the remote (filter-repo removes 'origin': add it again
           first):
             git push --force --all
             git push --force --tags
           Ask the server's administrator to prune unreachable objects there
           too.
        6. Every colleague deletes their clone and clones again: an old clone that
           pushes brings the file back.
        7. Backups: remove the file from them, or let them expire under your
           backup policy. Colleagues who edited the file remove amigo's
           recovery files of {1} on their computers (docs/erasure.md).
           Record the destruction (date, id, reason) in your organisation's
           register, not in this workspace.

      """,
      """
      Het bestand staat nog in git: in de geschiedenis van deze kloon, op de server,
      in de kloon van elke collega en in back-ups. Om het te vernietigen
      (docs/erasure.md legt elke stap uit), in de bovenste map van de repository:

        1. Vraag iedereen om hun werk te pushen en te stoppen; leg dan het
           verwijderen vast:
             git rm --cached --ignore-unmatch {0}
             git commit -m 'Erase a trajectory'
        2. Zoek elk pad dat het bestand ooit had (verplaatst, hernoemd) en herhaal
           stap 3 voor elk:
             git log --all --format= --name-only -- '*{1}*' | sort -u
        3. Haal het uit de hele geschiedenis, met git filter-repo (aanbevolen):
             git filter-repo --force --invert-paths --path {0}
           of, zonder filter-repo:
             git filter-branch --force --prune-empty --index-filter \\
               {2} -- --all
             git for-each-ref --format='delete %(refname)' refs/original |
               git update-ref --stdin
        4. Ruim de oude kopieën op die deze kloon bewaart (een stash kan het bestand
           bevatten: dit gooit ze allemaal weg):
             git stash clear
             git reflog expire --expire=now --all
             git gc --prune=now
           Controleer dat dit niets toont:
             git log --all --oneline -- {0}
        5. Overschrijf de server (filter-repo haalt 'origin' weg: voeg die eerst
           weer toe):
             git push --force --all
             git push --force --tags
           Vraag de beheerder van de server om onbereikbare objecten daar ook op
           te ruimen.
        6. Elke collega verwijdert de eigen kloon en kloont opnieuw: een oude
           kloon die pusht, brengt het bestand terug.
        7. Back-ups: haal het bestand eruit, of laat ze verlopen volgens jullie
           back-upbeleid. Collega's die het bestand bewerkten, verwijderen de
           herstelbestanden van {1} op hun computer (docs/erasure.md).
           Leg de vernietiging (datum, id, reden) vast in het register van je
           organisatie, niet in deze werkmap.

      """
    ),
  ]
}
