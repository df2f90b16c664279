import Foundation
import Testing

@testable import LossrunReport

/// The checkpoint container: SHA-256 against published and independently computed digests,
/// and framing that recognises foreign, truncated and damaged files.
@Suite struct CheckpointFileTests {
  @Test func sha256MatchesKnownDigests() {
    #expect(
      SHA256.hexDigest([UInt8]())
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hexDigest("abc".utf8)
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      SHA256.hexDigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func sha256MatchesPythonOnBlockBoundaries() {
    // Digests from Python's hashlib.
    let bytes = (0..<3).flatMap { _ in (0...255).map { UInt8($0) } }
    #expect(
      SHA256.hexDigest(bytes)
        == "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363")
    #expect(
      SHA256.hexDigest([UInt8](repeating: UInt8(ascii: "a"), count: 55))
        == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
    #expect(
      SHA256.hexDigest([UInt8](repeating: UInt8(ascii: "a"), count: 64))
        == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
  }

  @Test func framingRoundTripsAndRefusesDamage() throws {
    let payload = Array("{\"step\": 3}".utf8)
    let framed = CheckpointFile.framed(payload)
    #expect(Array(framed.prefix(8)) == Array("LRCKPT01".utf8))
    #expect(try CheckpointFile.payload(of: framed) == payload)
    var badMagic = framed
    badMagic[1] = 0
    #expect(throws: CheckpointFile.ReadError.badMagic) { try CheckpointFile.payload(of: badMagic) }
    #expect(throws: CheckpointFile.ReadError.truncated) {
      try CheckpointFile.payload(of: Array(framed.dropLast()))
    }
    var damaged = framed
    damaged[17] ^= 1
    #expect(throws: CheckpointFile.ReadError.hashMismatch) {
      try CheckpointFile.payload(of: damaged)
    }
  }
}
