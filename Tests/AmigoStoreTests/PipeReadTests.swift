import AmigoStore
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A file that is a pipe (`--salt-file <(pass show amigo-salt)`, `import <(…)`, a FIFO) has no
/// size: reading the bytes its size promised gave nothing, so `export --research --salt-file
/// <(cat salt)` said the salt file was empty (ecosystem review §6, re-walk). A file without a
/// size is read to its end.
@Suite struct PipeReadTests {
  @Test func aPipeIsReadToItsEnd() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let text = Array(String(repeating: "zout-", count: 2000).utf8)  // more than one read
    let written = text.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    // Within the pipe's buffer (64 KiB on Linux), so no writer thread is needed.
    #expect(written == text.count)
    close(ends[1])
    defer { close(ends[0]) }
    #expect(try FileSystem.read("/dev/fd/\(ends[0])") == text)
  }

  @Test func anEmptyPipeIsEmpty() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    close(ends[1])
    defer { close(ends[0]) }
    #expect(try FileSystem.read("/dev/fd/\(ends[0])").isEmpty)
  }

  /// A device is still read for its size (none): /dev/zero never ends, and is not read forever.
  @Test func aDeviceIsNotReadToAnEndItDoesNotHave() throws {
    #expect(try FileSystem.read("/dev/zero").isEmpty)
  }
}

/// Files named as input on the command line (`import <(…)`, `statement --file`, `log-session
/// --note-file`, `--from-aggregate`) were read with Foundation, which gave nothing for a pipe:
/// "kan '/dev/fd/63' niet lezen; controleer het pad".
@Suite struct InputPipeReadTests {
  @Test func anInputFileMayBeAPipe() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let text = Array("label,born\nNoa K.,2016-05\n".utf8)
    _ = text.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    close(ends[1])
    defer { close(ends[0]) }
    #expect(try FileSystem.readInput("/dev/fd/\(ends[0])") == text)
    #expect(throws: FileSystem.ReadError.self) { try FileSystem.readInput("/nonexistent/x.csv") }
  }
}
