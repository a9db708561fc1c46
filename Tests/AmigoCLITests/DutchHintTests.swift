import AmigoCLI
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 28, one language: a usage error in a Dutch workspace shows the value as the user
/// typed it, and its hint offers the Dutch words (which the option accepts), not the English
/// ones a Dutch worker did not type.
@Suite struct DutchHintTests {
  /// The words a hint line puts in single quotes.
  static func quoted(_ line: Substring) -> [String] {
    line.split(separator: "'", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 1 }.map { String($0.element) }
  }

  @Test func theWeekHintOffersDutchWordsTheOptionAccepts() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let bad = ws.run(["report", "--week", "volgend-jaar"])
    #expect(bad.status == 64)
    let hint = try #require(bad.stderr.split(separator: "\n").first { $0.hasPrefix("Geef") })
    let words = Self.quoted(hint)
    #expect(words.contains("deze") && words.contains("vorige"), "\(hint)")
    #expect(!words.contains("this") && !words.contains("last"), "\(hint)")
    for word in words {
      let run = ws.run(["report", "--week", word, "--format", "json"])
      #expect(run.status == 0, "'\(word)' from the hint: \(run.stderr)")
    }
  }

  @Test func theDurationHintOffersTheDutchUnit() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let bad = ws.run(["retention", "--within", "3x"])
    #expect(bad.status == 64)
    let hint = try #require(bad.stderr.split(separator: "\n").first { $0.hasPrefix("Geef") })
    #expect(hint.contains("1j (jaren)"), "\(hint)")
    for example in ["90d", "2w", "6m", "1j"] {
      #expect(hint.contains(example), "\(hint)")
      #expect(ws.run(["retention", "--within", example]).status == 0, "\(example)")
    }
  }

  @Test func noneWithOtherDestinationsEchoesWhatWasTyped() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let bad = ws.run([
      "close", "K7Q4", "--reason", "volgens-plan", "--destination", "geen-vervolg,jeugdhulp",
    ])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("De waarde 'geen-vervolg,jeugdhulp' is ongeldig"), "\(bad.stderr)")
    #expect(!bad.stderr.contains("youth-care"), "\(bad.stderr)")
    #expect(bad.stderr.contains("Geef 'geen-vervolg' ('none') alleen"), "\(bad.stderr)")
  }

  /// The same class in `share`, `meldcode` and `close`: a refused value is echoed as typed,
  /// and the Dutch hints name the Dutch words, which the options accept.
  @Test func shareMeldcodeAndCloseEchoAndHintInDutch() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let share = ws.run([
      "share", "K7Q4", "--received", "--basis", "toestemming", "--with", "school", "--what",
      "voortgang",
    ])
    #expect(share.status == 64)
    #expect(share.stderr.hasPrefix("Fout: De waarde 'toestemming' is ongeldig"), "\(share.stderr)")

    let meldcode = ws.run(["meldcode", "K7Q4", "--step", "gesprek", "--outcome", "melden"])
    #expect(meldcode.status == 64)
    #expect(meldcode.stderr.hasPrefix("Fout: De waarde 'melden' is ongeldig"), "\(meldcode.stderr)")
    #expect(meldcode.stderr.contains("--step besluit."), "\(meldcode.stderr)")

    // The satisfaction words of the hint are accepted: the command gets as far as the result.
    let close = ws.run([
      "close", "K7Q4", "--reason", "volgens-plan", "--satisfaction", "kind=8,ouders=7",
      "--result", "g1=zomaar",
    ])
    #expect(close.status == 64)
    #expect(close.stderr.hasPrefix("Fout: De waarde 'g1=zomaar' is ongeldig"), "\(close.stderr)")
    #expect(
      close.stderr.contains(
        "bijvoorbeeld g1=behaald; resultaten: 'behaald', 'deels', 'niet-behaald' of 'vervallen'."),
      "\(close.stderr)")
    let satisfaction = ws.run([
      "close", "K7Q4", "--reason", "volgens-plan", "--satisfaction", "kind=11",
    ])
    #expect(satisfaction.status == 64)
    #expect(
      satisfaction.stderr.contains(
        "voor kind, ouders of leerkracht (elk één keer), bijvoorbeeld kind=8,ouders=7."),
      "\(satisfaction.stderr)")
  }

  /// `refer --to eigen-netwerk` echoed 'own-network' and listed English destinations;
  /// `statement --by` offered 'parents' and 'child' first.
  @Test func referAndStatementEchoAndListDutchWords() throws {
    let ws = try ExampleCopy()
    defer { ws.remove() }
    let refer = ws.run(["refer", "K7Q4", "--to", "jeugdhulp,eigen-netwerk"])
    #expect(refer.status == 64)
    #expect(
      refer.stderr.hasPrefix("Fout: De waarde 'eigen-netwerk' is ongeldig"), "\(refer.stderr)")
    #expect(
      refer.stderr.contains(
        "Noem andere hulp (jeugdhulp, jeugd-ggz, wijkteam, …); 'geen-vervolg' en 'eigen-netwerk' zijn"
      ), "\(refer.stderr)")

    let statement = ws.run(["statement", "K7Q4", "--file", "-", "--by", "opa"])
    #expect(statement.status == 64)
    let hint = try #require(
      statement.stderr.split(separator: "\n").first { $0.hasPrefix("Kies") })
    #expect(hint == "Kies een van 'ouders' of 'kind' (of in het Engels: 'parents' of 'child').")
  }
}
